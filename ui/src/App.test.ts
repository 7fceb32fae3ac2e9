// The window as a whole, over the real commands: it follows changes other
// programs make, says when it waits for one, reads the data again after a
// restore, and offers no changes when none can be saved.

import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend, type RealBackend } from './test/real-backend';
import App from './App.svelte';

const listText = () => screen.queryByRole('list', { name: 'Statements' })?.textContent ?? '';

async function openApp(backend: RealBackend, firstTitle: string) {
  render(App);
  await waitFor(() => expect(listText()).toContain(firstTitle));
  // The window watches from its start.
  await waitFor(() => expect(backend.watching).not.toBeNull());
}

describe('changes made by other programs', () => {
  it('lists a statement the CLI added, told by the watcher, with no focus event or click', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    expect(backend.calls.filter((c) => c === 'app_watch')).toHaveLength(1);

    await backend.statement('Made with the CLI');
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    await waitFor(() => expect(listText()).toContain('Made with the CLI'));
  });

  it('reads the list once for a burst of changes', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    const before = backend.calls.length;

    await backend.statement('First from the CLI');
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    await backend.statement('Second from the CLI');
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    await waitFor(() => expect(listText()).toContain('Second from the CLI'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(backend.calls.slice(before)).toEqual(['statements_list']);
  });

  it('does not read the list for a change to another area', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    const before = backend.calls.length;

    await backend.statement('Not announced');
    backend.pushChange({ kind: 'changed', areas: ['contacts', 'signatories'] });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(backend.calls.slice(before)).toEqual([]);
    expect(listText()).not.toContain('Not announced');
  });

  it('reads the trash again too once it has been shown', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    await fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    await screen.findByRole('heading', { name: 'The trash is empty' });

    await backend.call('statements_delete', { id: (await backend.statement('Deleted with the CLI')).id });
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Trash' }).textContent).toContain('Deleted with the CLI'));
  });

  it('turns changes off for good when a newer version upgraded the file', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    expect(screen.getByRole('button', { name: 'New statement' })).toBeTruthy();

    backend.pushChange({ kind: 'newer_schema', found: 5, supported: 4 });
    const banner = await screen.findByTestId('newer-schema');
    expect(banner.textContent).toContain(
      'This database was upgraded by a newer version of Undersigned while open; changes are off.',
    );
    expect(banner.textContent).toContain('Quit and update Undersigned.');
    expect(screen.queryByRole('button', { name: 'New statement' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rename “Made here”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete “Made here”' })).toBeNull();

    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(screen.queryByLabelText('Title of the new statement')).toBeNull();

    // It stays, whatever comes after.
    backend.pushChange({ kind: 'changed', areas: ['statements'] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.getByTestId('newer-schema')).toBeTruthy();
    expect(backend.calls).not.toContain('statements_create');
  });

  it('keeps a title being typed when changes go off, but does not offer to save it', async () => {
    const backend = await installRealBackend(['Made here']);
    await openApp(backend, 'Made here');
    await fireEvent.click(screen.getByRole('button', { name: 'New statement' }));
    const field = screen.getByLabelText('Title of the new statement') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'Half typed' } });

    backend.pushChange({ kind: 'newer_schema', found: 5, supported: 4 });
    await screen.findByTestId('newer-schema');
    expect(field.value).toBe('Half typed');
    expect((screen.getByRole('button', { name: 'Create' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('a busy database', () => {
  it('says so quietly while calls wait, and stops saying so when they get through', async () => {
    const backend = await installRealBackend(['Made here']);
    backend.busyFor('statements_list', 1);
    render(App);

    const notice = await screen.findByRole('status');
    expect(notice.textContent).toContain('Another program is writing to the database; trying again…');
    await waitFor(() => expect(listText()).toContain('Made here'), { timeout: 3000 });
    expect(screen.queryByText(/Another program is writing/)).toBeNull();
  });
});

describe('restoring a backup in Settings', () => {
  it('reads the statements again, so the list shows what the backup holds', async () => {
    const backend = await installRealBackend(['Kept in the backup']);
    await backend.call('backup_create');
    const [kept] = await backend.call('statements_list');
    await backend.call('statements_update', { id: kept.id, patch: { title: 'Written after the backup' } });
    backend.calls.length = 0;
    await openApp(backend, 'Written after the backup');

    await fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    await fireEvent.click(await screen.findByRole('button', { name: /^Restore the backup of/ }));
    await fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(backend.calls).toContain('backup_restore'));
    // Read again at once, not only when the Statements page is opened next.
    await waitFor(() => expect(backend.calls.slice(backend.calls.indexOf('backup_restore'))).toContain('statements_list'));

    await fireEvent.click(screen.getByRole('button', { name: 'Statements' }));
    await waitFor(() => expect(listText()).toContain('Kept in the backup'));
    expect(listText()).not.toContain('Written after the backup');
  });
});

describe('a read-only database file', () => {
  /** Statements of `titles`, those of `binned` in the trash, in a file opened without write permission. */
  async function openReadOnly(titles: string[], binned: string[] = []) {
    const backend = await installRealBackend(titles);
    for (const s of await backend.call('statements_list')) {
      if (binned.includes(s.title)) await backend.call('statements_delete', { id: s.id });
    }
    await backend.makeReadOnly();
    render(App);
    // The window learns it from app_info, which may answer after the list.
    await screen.findByTestId('read-only-banner');
    return backend;
  }

  it('says so on the statements page and offers no changes', async () => {
    const backend = await openReadOnly(['Only to read']);
    await waitFor(() => expect(listText()).toContain('Only to read'));
    expect(screen.getByTestId('read-only-banner').textContent).toContain(
      'This database file is read-only: you can read it but not change it.',
    );
    expect(screen.queryByRole('button', { name: 'New statement' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Rename “Only to read”' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete “Only to read”' })).toBeNull();
    // Reading stays possible.
    expect(screen.getByRole('button', { name: 'Open “Only to read”' })).toBeTruthy();

    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    expect(screen.queryByLabelText('Title of the new statement')).toBeNull();
    expect(backend.calls.filter((c) => /create|update|delete|restore/.test(c))).toEqual([]);
  });

  it('shows the trash without Restore', async () => {
    await openReadOnly(['Alive', 'Binned'], ['Binned']);
    await waitFor(() => expect(listText()).toContain('Alive'));
    await fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    const trash = await screen.findByRole('list', { name: 'Trash' });
    expect(trash.textContent).toContain('Binned');
    expect(screen.queryByRole('button', { name: 'Restore “Binned”' })).toBeNull();
  });

  it('leaves out the way to start a statement when there is none', async () => {
    await openReadOnly([]);
    expect(await screen.findByRole('heading', { name: 'No statements yet' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Start a statement' })).toBeNull();
  });
});

describe('the sidebar', () => {
  it('leads back to the list of statements from an open statement', async () => {
    const backend = await installRealBackend(['Stop the deportations']);
    await openApp(backend, 'Stop the deportations');
    await fireEvent.click(screen.getByRole('button', { name: 'Open “Stop the deportations”' }));
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Statements' })).toBeNull());
    await fireEvent.click(screen.getByRole('button', { name: 'Statements' }));
    await waitFor(() => expect(listText()).toContain('Stop the deportations'));
  });
});

describe('going about the window', () => {
  it('from Export to Settings for the key and back to Export; back to the list with focus on the statement', async () => {
    const backend = await installRealBackend(['Stop the deportations', 'Open letter']);
    await openApp(backend, 'Stop the deportations');
    await fireEvent.click(screen.getByRole('button', { name: 'Open “Stop the deportations”' }));
    await fireEvent.click(await screen.findByRole('tab', { name: 'Export' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Go to Settings' }));
    expect(await screen.findByRole('heading', { name: 'Settings', level: 1 })).toBeTruthy();
    // Settings opens at the signing key, the reason for coming.
    await waitFor(() => expect(document.activeElement?.id).toBe('signing-title'));

    await fireEvent.click(screen.getByRole('button', { name: 'Statements' }));
    const exportTab = await screen.findByRole('tab', { name: 'Export' });
    expect(exportTab.getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stop the deportations');

    await fireEvent.click(screen.getByRole('button', { name: '← Back to statements' }));
    await waitFor(() =>
      expect((document.activeElement as HTMLElement | null)?.closest('[data-statement-id]')?.textContent).toContain('Stop the deportations'),
    );
  });
});
