import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Invitation, LanguageVersion, Message } from '../../lib/api';
import OutreachView from './OutreachView.svelte';

const invitation: Invitation = {
  id: 'i1',
  statementId: 'en1',
  organizationId: 'o1',
  personId: null,
  name: 'Red Migrante',
  email: 'red@example.org',
  country: 'MX',
  status: 'invited',
  invitedOn: '2026-11-20',
  remindedOn: null,
  answeredOn: null,
  endorsementId: null,
};

/** Outreach commands over one invitation and the given versions, recording every call with its arguments. */
function fakeOutreach(versions: LanguageVersion[]) {
  const calls: [string, Record<string, unknown>][] = [];
  mockIPC((cmd, raw) => {
    const args = (raw ?? {}) as Record<string, unknown>;
    calls.push([cmd, args]);
    switch (cmd) {
      case 'invitations_list':
        return [invitation];
      case 'invitations_versions':
        return versions;
      case 'statements_list':
        return [];
      case 'invitations_template':
        return { purpose: args.purpose, subject: `Subject of ${args.statementId}`, body: 'Body' };
      case 'invitations_message': {
        const language = (args.language as string | null) ?? 'es';
        const message: Message = {
          invitationId: 'i1',
          toName: 'Red Migrante',
          to: 'red@example.org',
          subject: `In ${language}`,
          body: 'Text',
          html: '<p>Text</p>',
          language,
          mailto: 'mailto:red@example.org',
        };
        return message;
      }
      case 'invitations_save_eml':
        return { folder: 'Outbox', files: (args.ids as string[]).map((id) => `${id}.eml`) };
      default:
        throw { code: 'internal', message: `unexpected ${cmd}` };
    }
  });
  return calls;
}

const argsOf = (calls: [string, Record<string, unknown>][], cmd: string) =>
  calls.filter(([c]) => c === cmd).map(([, a]) => a);

describe('OutreachView versions', () => {
  it('sends each contact their language by default, and one picked version on request', async () => {
    const calls = fakeOutreach([
      { statementId: 'en1', language: 'en', title: 'Stop the deportations' },
      { statementId: 'es1', language: 'es', title: 'Alto a las deportaciones' },
    ]);
    render(OutreachView, { statementId: 'en1' });
    const select = (await screen.findByLabelText('Version')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'By each contact’s language',
      'English: Stop the deportations',
      'Spanish: Alto a las deportaciones',
    ]);
    expect((await screen.findByTestId('template-version')).textContent).toContain('English');

    await fireEvent.click(await screen.findByRole('button', { name: 'Message' }));
    await screen.findByText('In es');
    expect(argsOf(calls, 'invitations_message').at(-1)?.language).toBeNull();

    await fireEvent.change(select, { target: { value: 'es' } });
    await waitFor(() => expect(argsOf(calls, 'invitations_template').at(-1)?.statementId).toBe('es1'));
    expect((await screen.findByTestId('template-version')).textContent).toContain('Spanish');
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe('Subject of es1');
    await fireEvent.click(screen.getByRole('button', { name: 'Message' }));
    await screen.findByText('In es');
    expect(argsOf(calls, 'invitations_message').at(-1)?.language).toBe('es');
  });

  it('offers no choice when the statement has one version', async () => {
    const calls = fakeOutreach([{ statementId: 'en1', language: 'en', title: 'Stop the deportations' }]);
    render(OutreachView, { statementId: 'en1' });
    await waitFor(() => expect(argsOf(calls, 'invitations_versions')).toHaveLength(1));
    await screen.findByLabelText('Subject');
    expect(screen.queryByLabelText('Version')).toBeNull();
    expect(screen.queryByTestId('template-version')).toBeNull();
  });
});

describe('OutreachView answers', () => {
  it('takes back a “declined” recorded by mistake', async () => {
    let status: Invitation['status'] = 'invited';
    const calls: [string, Record<string, unknown>][] = [];
    mockIPC((cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push([cmd, args]);
      switch (cmd) {
        case 'invitations_list':
          return [{ ...invitation, status }];
        case 'invitations_versions':
          return [{ statementId: 'en1', language: 'en', title: 'Stop the deportations' }];
        case 'statements_list':
          return [];
        case 'invitations_template':
          return { purpose: args.purpose, subject: 'Subject', body: 'Body' };
        case 'invitations_set_status':
          status = args.status as Invitation['status'];
          return null;
        default:
          throw { code: 'internal', message: `unexpected ${cmd}` };
      }
    });
    render(OutreachView, { statementId: 'en1' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Declined' }));
    expect((await screen.findByRole('status')).textContent).toContain('Red Migrante: Declined.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Declined' })).toBeNull());
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Red Migrante: open again.'));
    expect(argsOf(calls, 'invitations_set_status').map((a) => a.status)).toEqual(['declined', 'invited']);
    expect(await screen.findByRole('button', { name: 'Declined' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

describe('OutreachView messages saved as .eml', () => {
  it('asks the shell for a folder by title and says where the messages went, by name', async () => {
    const calls = fakeOutreach([{ statementId: 'en1', language: 'en', title: 'Statement' }]);
    render(OutreachView, { statementId: 'en1' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Save 1 message as .eml…' }));
    expect(await screen.findByText('Saved 1 message in Outbox.')).toBeTruthy();
    const [args] = argsOf(calls, 'invitations_save_eml');
    expect(args).toMatchObject({ ids: ['i1'], title: 'Choose the folder for the messages' });
    expect(Object.keys(args)).not.toContain('folder');
  });
});
