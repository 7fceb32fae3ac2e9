import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import { installFakeBackend } from '../../test/fake-backend';
import SettingsPage from './SettingsPage.svelte';

const PUBLIC_KEY = 'untrusted comment: minisign public key 5D2F9A0C1B3E4F70\nRWRwTz4bDJovXQ…';

/** The closed disclosure an element sits in, if any. */
const closedDetails = (el: Element) => {
  const details = el.closest('details');
  return details && !details.open ? details : null;
};

describe('SettingsPage', () => {
  it('keeps the schema version folded under Technical details, the file and version in sight', async () => {
    const backend = installFakeBackend();
    render(SettingsPage, { info: backend.info });
    const schema = screen.getByText('Schema version');
    const details = closedDetails(schema);
    expect(details).not.toBeNull();
    expect(within(details!).getByText('Technical details').tagName).toBe('SUMMARY');
    expect(closedDetails(screen.getByTestId('database-path'))).toBeNull();
    expect(closedDetails(screen.getByText('Undersigned version'))).toBeNull();
  });

  it('folds the public key’s minisign text and id away, keeping Copy and Save in sight', async () => {
    mockIPC((cmd) => {
      if (cmd === 'keys_current') return { keyId: '5D2F9A0C1B3E4F70', publicKey: PUBLIC_KEY, label: 'Migrants Alliance' };
      if (cmd === 'backup_list') return [];
      return null;
    });
    render(SettingsPage, {
      info: { version: '0.1.0', databasePath: '/tmp/u.sqlite3', schemaVersion: 3, readOnly: true, backupProblem: null },
    });
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
    const calls: [string, Record<string, unknown>][] = [];
    mockIPC((cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push([cmd, args]);
      if (cmd === 'keys_current') return { keyId: '5D2F9A0C1B3E4F70', publicKey: PUBLIC_KEY, label: 'Migrants Alliance' };
      if (cmd === 'backup_list') return [];
      if (cmd === 'verify_file') {
        return { fileName: 'statement.pdf', verdict: { authentic: true, message: 'Authentic: signed with key 5D2F9A0C1B3E4F70' } };
      }
      return null;
    });
    render(SettingsPage, {
      info: { version: '0.1.0', databasePath: '/tmp/u.sqlite3', schemaVersion: 3, readOnly: false, backupProblem: null },
    });
    const { fireEvent } = await import('@testing-library/svelte');
    await fireEvent.click(await screen.findByRole('button', { name: 'Check a file signed with our key…' }));
    const verdict = await screen.findByTestId('verdict');
    expect(verdict.textContent).toContain('Authentic');
    expect(verdict.textContent).toContain('statement.pdf');
    // The shell opens the dialogs: the page asks for none and sends no path.
    expect(calls.filter(([c]) => c.startsWith('plugin:'))).toEqual([]);
    expect(calls.find(([c]) => c === 'verify_file')?.[1]).toEqual({ title: 'The file to check (its .minisig beside it)', keyTitle: null });

    calls.length = 0;
    await fireEvent.click(screen.getByRole('button', { name: 'Check with another organization’s public key…' }));
    await screen.findByTestId('verdict');
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.find(([c]) => c === 'verify_file')?.[1]).toEqual({
      title: 'The file to check (its .minisig beside it)',
      keyTitle: 'The signer’s public key (.pub)',
    });
  });

  it('says nothing when the organizer cancels the dialog', async () => {
    mockIPC((cmd) => {
      if (cmd === 'keys_current') return { keyId: '5D2F9A0C1B3E4F70', publicKey: PUBLIC_KEY, label: 'Migrants Alliance' };
      if (cmd === 'backup_list') return [];
      if (cmd === 'invitations_sender') return { name: '', organization: '' };
      return null; // verify_file: the dialog was cancelled
    });
    render(SettingsPage, {
      info: { version: '0.1.0', databasePath: '/tmp/u.sqlite3', schemaVersion: 3, readOnly: false, backupProblem: null },
    });
    const { fireEvent } = await import('@testing-library/svelte');
    await fireEvent.click(await screen.findByRole('button', { name: 'Check a file signed with our key…' }));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('verdict')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('names the saved public key file, not where it went', async () => {
    const backend = installFakeBackend();
    backend.key = { keyId: '5D2F9A0C1B3E4F70', publicKey: PUBLIC_KEY, label: 'Migrants Alliance' };
    backend.dialogs = ['alliance.pub'];
    render(SettingsPage, { info: backend.info });
    const { fireEvent } = await import('@testing-library/svelte');
    await fireEvent.click(await screen.findByRole('button', { name: 'Save public key…' }));
    expect(await screen.findByText('Saved alliance.pub.')).toBeTruthy();
  });
});
