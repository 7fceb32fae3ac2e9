import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { api } from '../../lib/api';
import { installRealBackend, type RealBackend } from '../../test/real-backend';
import ContactsPage from './ContactsPage.svelte';

/** The list rows that are in the page now. */
/** The organizations in the contacts, live or in the trash, as the commands list them. */
async function organizations(backend: RealBackend) {
  const query = { text: '', kind: 'organization' as const, trash: false, offset: 0, limit: 100 };
  return (await backend.call('contacts_list', { query })).rows;
}

/** Imports a CSV the way the import dialog does, with the columns core guesses. */
async function importContacts(backend: RealBackend, csv: string) {
  const preview = await api.contacts.importRead(new TextEncoder().encode(csv), 'contacts.csv');
  const fields = preview.columns.map((c) => c.field);
  // Applied as reviewed: the dry run comes first, as in the dialog.
  await api.contacts.importPlan(preview.token, fields);
  await api.contacts.importApply(preview.token, fields, () => {});
  backend.calls.length = 0;
}

function shownNames(): string[] {
  return [...document.querySelectorAll('.contact-name')].map((el) => el.textContent?.trim() ?? '');
}

describe('ContactsPage', () => {
  it('starts empty, with the ways to add contacts', async () => {
    await installRealBackend();
    render(ContactsPage);
    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeTruthy();
    const empty = screen.getByRole('heading', { name: 'No contacts yet' }).closest('section')!;
    expect(within(empty).getByRole('button', { name: 'Import…' })).toBeTruthy();
  });

  it('creates an organization, resolving the country typed', async () => {
    const backend = await installRealBackend();
    render(ContactsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'New organization' }));
    const panel = await screen.findByRole('region', { name: 'New organization' });
    await fireEvent.input(within(panel).getByLabelText('Name'), { target: { value: 'Kampagne Netz' } });
    await fireEvent.input(within(panel).getByLabelText('Country'), { target: { value: 'germany' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Create' }));
    await waitFor(async () => expect(await organizations(backend)).toHaveLength(1));
    expect((await organizations(backend))[0].country).toBe('DE');
    await waitFor(() => expect(shownNames()).toEqual(['Kampagne Netz']));
  });

  it('says what is wrong with a country it does not know, and keeps the form', async () => {
    const backend = await installRealBackend();
    render(ContactsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'New organization' }));
    const panel = await screen.findByRole('region', { name: 'New organization' });
    await fireEvent.input(within(panel).getByLabelText('Name'), { target: { value: 'Somewhere' } });
    await fireEvent.input(within(panel).getByLabelText('Country'), { target: { value: 'Atlantis' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'Create' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain("“Atlantis” is not a country Undersigned knows");
    expect(await organizations(backend)).toHaveLength(0);
    expect((within(panel).getByLabelText('Name') as HTMLInputElement).value).toBe('Somewhere');
  });

  it('searches as you type, without accents', async () => {
    const backend = await installRealBackend();
    await backend.organization('Asociación de Trabajadoras del Hogar', { country: 'MX' });
    await backend.organization('Mission for Migrant Workers', { country: 'HK' });
    render(ContactsPage);
    await waitFor(() => expect(shownNames()).toHaveLength(2));
    await fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'asociacion' } });
    await waitFor(() => expect(shownNames()).toEqual(['Asociación de Trabajadoras del Hogar']));
    expect(screen.getByText('1 match')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'zzz' } });
    expect(await screen.findByText(/No contact matches/)).toBeTruthy();
  });

  it('says a search found more than it counts, and lists the first thousand', async () => {
    const backend = await installRealBackend();
    const lines = Array.from({ length: 1005 }, (_, i) => `Red Solidaria ${i},PE`);
    await importContacts(backend, `Organization,Country\n${lines.join('\n')}\n`);
    render(ContactsPage);
    await fireEvent.input(await screen.findByLabelText('Search contacts'), { target: { value: 'red sol' } });
    expect(await screen.findByText('1,000+ matches')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Search contacts'), { target: { value: 'red solidaria 100' } });
    // "100", "1000" to "1004": counted exactly.
    expect(await screen.findByText('6 matches')).toBeTruthy();
  });

  it('moves a contact to the trash with an undo', async () => {
    const backend = await installRealBackend();
    await backend.organization('Kalayaan', { country: 'GB' });
    render(ContactsPage);
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
    await fireEvent.click(document.querySelector('.virtual-row')!);
    const panel = await screen.findByRole('region', { name: 'Organization' });
    await waitFor(() => expect((within(panel).getByLabelText('Name') as HTMLInputElement).value).toBe('Kalayaan'));
    await fireEvent.click(within(panel).getByRole('button', { name: 'Delete' }));
    expect((await screen.findByRole('status')).textContent).toContain('Moved “Kalayaan” to the trash.');
    await waitFor(() => expect(shownNames()).toEqual([]));
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(shownNames()).toEqual(['Kalayaan']));
    expect((await organizations(backend)).map((o) => o.name)).toEqual(['Kalayaan']);
  });

  it('keeps only the rows in view in the page, however many match', async () => {
    const backend = await installRealBackend();
    // As an import would: one list, read and applied through the commands.
    const csv = ['name', ...Array.from({ length: 5000 }, (_, i) => `Group ${String(i).padStart(4, '0')}`)].join('\n');
    await importContacts(backend, csv);
    render(ContactsPage);
    await waitFor(() => expect(shownNames().length).toBeGreaterThan(0));
    expect(document.querySelectorAll('.virtual-row').length).toBeLessThan(120);
    expect(await screen.findByText('5,000 organizations · 0 people')).toBeTruthy();
  });
});
