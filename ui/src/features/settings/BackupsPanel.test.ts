import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import BackupsPanel from './BackupsPanel.svelte';

describe('BackupsPanel', () => {
  it('says so when there are no backups, and makes one on request', async () => {
    const backend = await installRealBackend();
    render(BackupsPanel);
    expect(await screen.findByTestId('no-backups')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Backed up \(\d[\d.,]* (kB|MB)\)/);
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(2); // the header and the new backup
    expect(rows[1].textContent).toContain('Made by you');
    expect(backend.calls).toEqual(['backup_list', 'backup_create', 'backup_list']);
  });

  it('restores only after asking, and tells the window to read the data again', async () => {
    const backend = await installRealBackend(['Kept in the backup']);
    const made = await backend.call('backup_create');
    let restored = 0;
    render(BackupsPanel, { onrestored: () => (restored += 1) });

    const restoreButton = await screen.findByRole('button', { name: /^Restore the backup of/ });
    await fireEvent.click(restoreButton);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('kept as a backup first');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep things as they are' }));
    expect(backend.calls).not.toContain('backup_restore');
    expect(document.activeElement).toBe(restoreButton);

    await fireEvent.click(restoreButton);
    await fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(restored).toBe(1));
    expect(backend.sent).toContainEqual(['backup_restore', { fileName: made.fileName }]);
    expect((await screen.findByRole('status')).textContent).toContain('before-restore');
  });

  it('shows why the automatic backup failed', async () => {
    await installRealBackend();
    render(BackupsPanel, { problem: 'cannot write the backup: disk full' });
    expect((await screen.findByTestId('backup-problem')).textContent).toContain('disk full');
  });
});
