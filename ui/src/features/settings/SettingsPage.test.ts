import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/svelte';
import { api } from '../../lib/api';
import { installRealBackend, type RealBackend } from '../../test/real-backend';
import SettingsPage from './SettingsPage.svelte';

/**
 * A database with the organization's key, and a statement exported as
 * Markdown and signed with it (stop.md, stop.md.minisig in the host's folder).
 */
async function withSignedExport(backend: RealBackend): Promise<string> {
  const key = await backend.call('keys_create', { passphrase: 'correct horse battery', label: 'Migrants Alliance' });
  const { id: statementId } = await backend.statement('Stop the deportations');
  await backend.answerDialogs(['stop.md']);
  await backend.call('export_save', {
    statementId, format: 'markdown', options: { groupBy: 'none', paper: 'a4', archival: false },
    passphrase: 'correct horse battery', title: 'Export',
  });
  return key.keyId;
}

/** The closed disclosure an element sits in, if any. */
const closedDetails = (el: Element) => {
  const details = el.closest('details');
  return details && !details.open ? details : null;
};

describe('SettingsPage', () => {
  it('keeps the schema version folded under Technical details, the file and version in sight', async () => {
    await installRealBackend();
    render(SettingsPage, { info: await api.appInfo() });
    const schema = screen.getByText('Schema version');
    const details = closedDetails(schema);
    expect(details).not.toBeNull();
    expect(within(details!).getByText('Technical details').tagName).toBe('SUMMARY');
    expect(closedDetails(screen.getByTestId('database-path'))).toBeNull();
    expect(closedDetails(screen.getByText('Undersigned version'))).toBeNull();
  });

  it('folds the public key’s minisign text and id away, keeping Copy and Save in sight', async () => {
    const backend = await installRealBackend();
    await backend.call('keys_create', { passphrase: 'correct horse battery', label: 'Migrants Alliance' });
    await backend.makeReadOnly();
    render(SettingsPage, { info: await api.appInfo() });
    const key = await screen.findByTestId('public-key');
    expect(key.textContent).toContain('untrusted comment');
    expect(closedDetails(key)).not.toBeNull();
    expect(closedDetails(screen.getByTestId('key-id'))).not.toBeNull();
    expect(closedDetails(screen.getByText(/minisign -Vm/))).not.toBeNull();
    expect(closedDetails(screen.getByRole('button', { name: 'Copy' }))).toBeNull();
    expect(closedDetails(screen.getByRole('button', { name: 'Save public key…' }))).toBeNull();
  });
});

describe('checking a signed file', () => {
  it('uses the organization’s own key without asking for a .pub, and asks only for another’s', async () => {
    const backend = await installRealBackend();
    const keyId = await withSignedExport(backend);
    render(SettingsPage, { info: await api.appInfo() });
    const { fireEvent } = await import('@testing-library/svelte');
    // One dialog only: the file. A second answer left over would mean the page asked for a key.
    await backend.answerDialogs(['stop.md']);
    await fireEvent.click(await screen.findByRole('button', { name: 'Check a file signed with our key…' }));
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('Authentic');
    expect(verdict.textContent).toContain(keyId);
    expect(verdict.textContent).toContain('stop.md');
    // The shell opens the dialogs: the page asks for none and sends no path.
    expect(backend.calls.filter((c) => c.startsWith('plugin:'))).toEqual([]);

    // Another organization's key: the file, then its .pub.
    await backend.answerDialogs(['alliance.pub']);
    await backend.call('keys_save_public', { title: 'Save' });
    await backend.answerDialogs(['stop.md', 'alliance.pub']);
    await fireEvent.click(screen.getByRole('button', { name: 'Check with another organization’s public key…' }));
    await waitFor(() => expect(backend.calls.filter((c) => c === 'verify_file')).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('verdict').textContent).toContain('Authentic'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('drops the last answer when the next file has no signature, and says so by name', async () => {
    const backend = await installRealBackend();
    await withSignedExport(backend);
    await backend.writeFile('unsigned.md', 'We, the undersigned');
    render(SettingsPage, { info: await api.appInfo() });
    const { fireEvent } = await import('@testing-library/svelte');
    await backend.answerDialogs(['stop.md']);
    await fireEvent.click(await screen.findByRole('button', { name: 'Check a file signed with our key…' }));
    expect((await screen.findByTestId('verdict')).textContent).toContain('Authentic');

    await backend.answerDialogs(['unsigned.md']);
    await fireEvent.click(screen.getByRole('button', { name: 'Check a file signed with our key…' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('unsigned.md has no signature beside it (unsigned.md.minisig is not in its folder)');
    expect(alert.textContent).not.toContain('/');
    expect(screen.queryByTestId('verdict')).toBeNull();
  });

  it('says nothing when the organizer cancels the dialog', async () => {
    const backend = await installRealBackend();
    await withSignedExport(backend);
    render(SettingsPage, { info: await api.appInfo() });
    const { fireEvent } = await import('@testing-library/svelte');
    await backend.answerDialogs([null]);
    await fireEvent.click(await screen.findByRole('button', { name: 'Check a file signed with our key…' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the saved public key file, not where it went', async () => {
    const backend = await installRealBackend();
    await backend.call('keys_create', { passphrase: 'correct horse battery', label: 'Migrants Alliance' });
    await backend.answerDialogs(['alliance.pub']);
    render(SettingsPage, { info: await api.appInfo() });
    const { fireEvent } = await import('@testing-library/svelte');
    await fireEvent.click(await screen.findByRole('button', { name: 'Save public key…' }));
    expect(await screen.findByText('Saved alliance.pub.')).toBeTruthy();
    expect(new TextDecoder().decode(await backend.readFile('alliance.pub'))).toContain('minisign public key');
  });
});
