// Views told of a change from elsewhere (as `startLive` tells them): each
// reads again what it shows, only for its own areas, and keeps what the
// organizer is in the middle of typing.

import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { api } from './api';
import { announce } from './live';
import { installRealBackend } from '../test/real-backend';
import SignatoriesView from '../features/endorsements/SignatoriesView.svelte';
import ContactsPage from '../features/contacts/ContactsPage.svelte';
import StatementPage from '../features/drafting/StatementPage.svelte';

const names = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent?.trim() ?? '');
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** Another program's sign-on: written past the view, which is not told. */
function signElsewhere(statementId: string, name: string) {
  return api.endorsements.add(statementId, {
    kind: 'organization',
    contactId: null,
    name,
    affiliation: '',
    city: '',
    country: '',
    visibility: null,
    status: 'confirmed',
    channel: null,
    receivedOn: '',
    notes: '',
  });
}

describe('views following changes from elsewhere', () => {
  it('lists and counts a sign-on from elsewhere, keeping a half-typed one', async () => {
    const backend = await installRealBackend(['Stop the deportations']);
    const [{ id: statementId }] = await backend.call('statements_list');
    await signElsewhere(statementId, 'Kalayaan');
    render(SignatoriesView, { statementId });
    await waitFor(() => expect(names('.signatory-row .name')).toEqual(['Kalayaan']));
    await fireEvent.click(screen.getByRole('button', { name: 'Add signatory' }));
    const panel = await screen.findByRole('complementary', { name: 'New signatory' });
    const field = within(panel).getByLabelText('Name as printed') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'Red Sol' } });

    await signElsewhere(statementId, 'Migrante International');
    // A change to another area is not this view's.
    const before = backend.calls.length;
    announce(['contacts', 'exports']);
    await settle();
    expect(backend.calls.slice(before)).not.toContain('endorsements_list');
    expect(names('.signatory-row .name')).toEqual(['Kalayaan']);

    announce(['signatories']);
    await waitFor(() => expect(names('.signatory-row .name')).toEqual(['Kalayaan', 'Migrante International']));
    expect(screen.getByTestId('signatory-count').textContent).toBe('2 signatories');
    expect(field.value).toBe('Red Sol');
    expect(within(panel).getByLabelText('Name as printed')).toBe(field);
  });

  it('lists and counts a contact from elsewhere, keeping the one being written', async () => {
    const backend = await installRealBackend();
    await backend.organization('Kalayaan');
    render(ContactsPage);
    await waitFor(() => expect(names('.contact-name')).toEqual(['Kalayaan']));
    await waitFor(() => expect(document.querySelector('.page-sub')?.textContent).toContain('1 organization'));
    await fireEvent.click(screen.getByRole('button', { name: 'New organization' }));
    const panel = await screen.findByRole('region', { name: 'New organization' });
    const field = within(panel).getByLabelText('Name') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'Asociación Rum' } });

    await backend.organization('Migrante International');
    announce(['signatories']);
    await settle();
    expect(names('.contact-name')).toEqual(['Kalayaan']);

    announce(['contacts']);
    await waitFor(() => expect(names('.contact-name')).toEqual(['Kalayaan', 'Migrante International']));
    await waitFor(() => expect(document.querySelector('.page-sub')?.textContent).toContain('2 organizations'));
    expect(field.value).toBe('Asociación Rum');
  });

  it('shows a statement renamed elsewhere, and keeps a details field being typed', async () => {
    const backend = await installRealBackend();
    const { id } = await backend.statement('Stop the deportations', { place: 'Geneva' });
    render(StatementPage, { id, onclose: () => {} });
    await screen.findByRole('heading', { name: 'Stop the deportations' });
    const place = screen.getByLabelText('Place') as HTMLInputElement;
    // Typed, not yet left (the field saves when it is left).
    await fireEvent.input(place, { target: { value: 'Genev' } });

    await backend.call('statements_update', { id, patch: { title: 'End the deportations' } });
    announce(['statements']);
    await screen.findByRole('heading', { name: 'End the deportations' });
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('End the deportations');
    expect(place.value).toBe('Genev');
  });

  it('shows a text changed elsewhere unless words typed here wait to be saved; its own save moves nothing', async () => {
    const backend = await installRealBackend();
    const { id } = await backend.statement('Stop the deportations', { body: 'We, the undersigned.' });
    render(StatementPage, { id, onclose: () => {} });
    const box = await screen.findByRole('textbox', { name: 'Statement text' });
    await waitFor(() => expect(box.textContent).toContain('We, the undersigned.'));

    // Nothing typed here: the other program's text shows.
    await backend.call('statements_update', { id, patch: { body: 'We, the undersigned organizations.' } });
    announce(['statements']);
    const shown = () => screen.getByRole('textbox', { name: 'Statement text' });
    await waitFor(() => expect(shown().textContent).toContain('We, the undersigned organizations.'));

    // Typed here and saved: the page's own save is no reason to redraw the editor.
    const editorEl = shown();
    const editor = (editorEl as unknown as { editor: import('@tiptap/core').Editor }).editor;
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Now');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'), { timeout: 3000 });
    announce(['statements']);
    await settle();
    expect(shown()).toBe(editorEl);
    expect(editorEl.textContent).toContain('organizations. Now');

    // Typed here, not saved yet: the words typed win over another program's.
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, '!');
    await backend.call('statements_update', { id, patch: { body: 'Replaced elsewhere.' } });
    announce(['statements']);
    await settle();
    expect(shown()).toBe(editorEl);
    expect(editorEl.textContent).toContain('organizations. Now!');
    expect(editorEl.textContent).not.toContain('Replaced elsewhere.');
  });
});
