import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { BackupInfo } from '../../lib/api';
import BackupsPanel from './BackupsPanel.svelte';

function backup(fileName: string, createdAt: string, reason: BackupInfo['reason']): BackupInfo {
  return { path: `/data/backups/${fileName}`, fileName, createdAt, reason, sizeBytes: 2_500_000 };
}

/** The backups commands over a list held here, recording every call. */
function fakeBackups(initial: BackupInfo[]) {
  const state = { backups: [...initial], calls: [] as [string, unknown][] };
  mockIPC((cmd, args) => {
    state.calls.push([cmd, args]);
    switch (cmd) {
      case 'backup_list':
        return state.backups;
      case 'backup_create': {
        const made = backup('undersigned-20261128T120000Z-manual.sqlite3', '2026-11-28T12:00:00Z', 'manual');
        state.backups = [made, ...state.backups];
        return made;
      }
      case 'backup_restore': {
        const fileName = (args as { fileName: string }).fileName;
        if (!state.backups.some((b) => b.fileName === fileName)) {
          throw { code: 'not_found', message: `no backup named ${fileName}` };
        }
        const kept = backup('undersigned-20261128T130000Z-before-restore.sqlite3', '2026-11-28T13:00:00Z', 'before_restore');
        state.backups = [kept, ...state.backups];
        return { restoredFrom: fileName, previousKeptAs: kept };
      }
      default:
        throw { code: 'internal', message: `unexpected ${cmd}` };
    }
  });
  return state;
}

describe('BackupsPanel', () => {
  it('says so when there are no backups, and makes one on request', async () => {
    const state = fakeBackups([]);
    render(BackupsPanel);
    expect(await screen.findByTestId('no-backups')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect((await screen.findByRole('status')).textContent).toContain('Backed up (2.5 MB)');
    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(2); // the header and the new backup
    expect(rows[1].textContent).toContain('Made by you');
    expect(state.calls.map(([cmd]) => cmd)).toEqual(['backup_list', 'backup_create', 'backup_list']);
  });

  it('restores only after asking, and tells the window to read the data again', async () => {
    const daily = backup('undersigned-20261127T080000Z-daily.sqlite3', '2026-11-27T08:00:00Z', 'daily');
    const state = fakeBackups([daily]);
    let restored = 0;
    render(BackupsPanel, { onrestored: () => (restored += 1) });

    const restoreButton = await screen.findByRole('button', { name: /^Restore the backup of/ });
    await fireEvent.click(restoreButton);
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('kept as a backup first');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep things as they are' }));
    expect(state.calls.some(([cmd]) => cmd === 'backup_restore')).toBe(false);
    expect(document.activeElement).toBe(restoreButton);

    await fireEvent.click(restoreButton);
    await fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(restored).toBe(1));
    expect(state.calls).toContainEqual(['backup_restore', { fileName: daily.fileName }]);
    expect((await screen.findByRole('status')).textContent).toContain('before-restore');
  });

  it('shows why the automatic backup failed', async () => {
    fakeBackups([]);
    render(BackupsPanel, { problem: 'cannot write the backup: disk full' });
    expect((await screen.findByTestId('backup-problem')).textContent).toContain('disk full');
  });
});
