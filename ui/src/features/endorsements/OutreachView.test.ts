import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installRealBackend, type RealBackend } from '../../test/real-backend';
import OutreachView from './OutreachView.svelte';

/**
 * A statement (with a Spanish version when asked) and one organization
 * invited to sign it, made through the commands.
 */
async function withInvitation(spanish: boolean) {
  const backend = await installRealBackend();
  const original = await backend.statement('Stop the deportations');
  const translation = spanish ? await backend.call('statements_translate', { id: original.id, language: 'es' }) : null;
  if (translation) await backend.call('statements_update', { id: translation.id, patch: { title: 'Alto a las deportaciones' } });
  const red = await backend.organization('Red Migrante', { country: 'MX', email: 'red@example.org' });
  const audience = { tags: [], countries: [], sectors: [], signedStatement: null, contactIds: [red.id] };
  await backend.call('invitations_create', { statementId: original.id, audience });
  return { backend, statementId: original.id, translationId: translation?.id };
}

const argsOf = (backend: RealBackend, cmd: string) => backend.sent.filter(([c]) => c === cmd).map(([, a]) => a);

/** The subject of the message shown for a contact. */
async function shownSubject(): Promise<string> {
  const panel = await screen.findByRole('region', { name: /Red Migrante/ });
  return panel.querySelector('strong')?.textContent ?? '';
}

describe('OutreachView versions', () => {
  it('sends each contact their language by default, and one picked version on request', async () => {
    const { backend, statementId, translationId } = await withInvitation(true);
    render(OutreachView, { statementId });
    const select = (await screen.findByLabelText('Version')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'By each contact’s language',
      'English: Stop the deportations',
      'Spanish: Alto a las deportaciones',
    ]);
    expect((await screen.findByTestId('template-version')).textContent).toContain('English');

    // By the contact's language: core writes to an organization in Mexico in Spanish.
    await fireEvent.click(await screen.findByRole('button', { name: 'Message' }));
    expect(await shownSubject()).toContain('Alto a las deportaciones');
    expect(argsOf(backend, 'invitations_message').at(-1)?.language).toBeNull();

    await fireEvent.change(select, { target: { value: 'es' } });
    await waitFor(() => expect(argsOf(backend, 'invitations_template').at(-1)?.statementId).toBe(translationId));
    expect((await screen.findByTestId('template-version')).textContent).toContain('Spanish');
    await fireEvent.click(screen.getByRole('button', { name: 'Message' }));
    await waitFor(() => expect(argsOf(backend, 'invitations_message').at(-1)?.language).toBe('es'));
    expect(await shownSubject()).toContain('Alto a las deportaciones');

    // One version for everyone: English, even to Mexico.
    await fireEvent.change(select, { target: { value: 'en' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Message' }));
    await waitFor(async () => expect(await shownSubject()).toContain('Stop the deportations'));
    expect(argsOf(backend, 'invitations_message').at(-1)?.language).toBe('en');
  });

  it('offers no choice when the statement has one version', async () => {
    const { backend, statementId } = await withInvitation(false);
    render(OutreachView, { statementId });
    await waitFor(() => expect(argsOf(backend, 'invitations_versions')).toHaveLength(1));
    await screen.findByLabelText('Subject');
    expect(screen.queryByLabelText('Version')).toBeNull();
    expect(screen.queryByTestId('template-version')).toBeNull();
  });
});

describe('OutreachView answers', () => {
  it('takes back a “declined” recorded by mistake', async () => {
    const { backend, statementId } = await withInvitation(false);
    render(OutreachView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Declined' }));
    expect((await screen.findByRole('status')).textContent).toContain('Red Migrante: Declined.');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Declined' })).toBeNull());
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Red Migrante: open again.'));
    expect(argsOf(backend, 'invitations_set_status').map((a) => a.status)).toEqual(['declined', 'invited']);
    expect(await screen.findByRole('button', { name: 'Declined' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    const [invitation] = await backend.call('invitations_list', { statementId, status: null, reminderAfterDays: null });
    expect(invitation.status).toBe('invited');
  });
});

describe('OutreachView messages saved as .eml', () => {
  it('asks the shell for a folder by title and says where the messages went, by name', async () => {
    const { backend, statementId } = await withInvitation(false);
    await backend.answerDialogs([{ folder: 'Outbox' }]);
    render(OutreachView, { statementId });
    await fireEvent.click(await screen.findByRole('button', { name: 'Save 1 message as .eml…' }));
    expect(await screen.findByText('Saved 1 message in Outbox.')).toBeTruthy();
    const [args] = argsOf(backend, 'invitations_save_eml');
    expect(args).toMatchObject({ title: 'Choose the folder for the messages' });
    expect(Object.keys(args)).not.toContain('folder');
  });
});
