import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import SignatoryForm from './SignatoryForm.svelte';

describe('SignatoryForm', () => {
  it('corrects only the name, then offers to correct the contact too', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Rights for all');
    const contact = await backend.organization('Red Andna', { country: 'CL' });
    const signed = await backend.signOn(statementId, 'Red Andna', {
      contactId: contact.id, country: 'Chile', status: 'confirmed', channel: 'paper',
    });
    render(SignatoryForm, { statementId, endorsement: signed, countries: [], onsaved: () => {}, onclose: () => {} });
    const name = (await screen.findByLabelText(/Name as printed/)) as HTMLInputElement;
    await fireEvent.input(name, { target: { value: 'Red Andina' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const offer = await screen.findByTestId('contact-offer');
    expect(offer.textContent).toContain('The contact is still called “Red Andna”');
    const patch = backend.sent.find(([cmd]) => cmd === 'endorsements_correct')?.[1].patch as Record<string, unknown>;
    // The date received stays empty, the country kept as written stays: only the name is sent.
    expect(Object.entries(patch).filter(([, v]) => v !== null)).toEqual([['name', 'Red Andina']]);
    await fireEvent.click(screen.getByRole('button', { name: 'Correct the contact too' }));
    expect(await screen.findByText('The contact is now “Red Andina”.')).toBeTruthy();
    expect((await backend.call('contacts_organization', { id: contact.id })).name).toBe('Red Andina');
  });

  it('writes the log in words: field names, visibility, channel, status and dates as the organizer reads them', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Rights for all');
    const signed = await backend.signOn(statementId, 'Ana Pérez', {
      kind: 'individual', affiliation: 'Kalayaan', visibility: 'organization_only', status: 'confirmed', channel: 'email',
    });
    const nothing = { name: null, affiliation: null, city: null, country: null, visibility: null, channel: null, receivedOn: null, notes: null };
    await backend.call('endorsements_correct', {
      id: signed.id,
      patch: { ...nothing, visibility: 'counted_only', channel: 'in_person', receivedOn: '2026-11-20' },
    });
    await backend.call('endorsements_set_status', { ids: [signed.id], status: 'withdrawn' });
    const [now] = await backend.signOns(statementId);
    render(SignatoryForm, { statementId, endorsement: now, countries: [], onsaved: () => {}, onclose: () => {} });
    const log = await screen.findByTestId('endorsement-log');
    const text = log.textContent ?? '';
    expect(text).toContain('In the published list: “Organization only” → “Counted, not listed”');
    expect(text).toContain('Received by: “E-mail” → “In person”');
    expect(text).toContain('Withdrawn');
    expect(text).toContain(`Received on: “nothing” → “${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 20))}”`);
    expect(text).not.toMatch(/organization_only|counted_only|in_person|2026-11-2[01]/);
  });

  it('shows the country by name, never by its code', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Rights for all');
    const signed = await backend.signOn(statementId, 'Kalayaan', { country: 'GB' });
    render(SignatoryForm, { statementId, endorsement: signed, countries: [], onsaved: () => {}, onclose: () => {} });
    expect(((await screen.findByLabelText('Country')) as HTMLInputElement).value).toBe('United Kingdom');
  });
});

describe('SignatoryForm name field', () => {
  /** A statement, and two contacts whose names begin alike. */
  async function withContacts() {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Rights for all');
    await backend.organization('Mission for Migrant Workers', { country: 'HK' });
    await backend.organization('Migrant Forum in Asia', { country: 'PH', city: 'Manila' });
    return { backend, statementId };
  }

  it('is a combobox: arrows walk the suggestions, Enter takes one, and focus stays in the field', async () => {
    const { backend, statementId } = await withContacts();
    let closed = 0;
    render(SignatoryForm, { statementId, countries: [], onsaved: () => {}, onclose: () => (closed += 1) });
    const name = (await screen.findByRole('combobox', { name: /Name as printed/ })) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    await fireEvent.input(name, { target: { value: 'Migr' } });
    await waitFor(() => expect(name.getAttribute('aria-expanded')).toBe('true'));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // Core ranks a name that begins with the typed text first.
    expect(options.map((o) => o.textContent?.trim().split(/\s+/)[0])).toEqual(['Migrant', 'Mission']);

    await fireEvent.keyDown(name, { key: 'ArrowDown' });
    await fireEvent.keyDown(name, { key: 'ArrowDown' });
    expect(name.getAttribute('aria-activedescendant')).toBe(options[1].id);
    await fireEvent.keyDown(name, { key: 'ArrowUp' });
    expect(name.getAttribute('aria-activedescendant')).toBe(options[0].id);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(name, { key: 'Enter' });
    expect(name.value).toBe('Migrant Forum in Asia');
    expect(name.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('From contacts: Migrant Forum in Asia')).toBeTruthy();
    expect((screen.getByLabelText('City') as HTMLInputElement).value).toBe('Manila');
    // Enter took the suggestion; it did not send the form.
    expect(backend.calls).not.toContain('endorsements_add');

    // Escape closes the list, not the panel.
    await fireEvent.input(name, { target: { value: 'Missi' } });
    await waitFor(() => expect(name.getAttribute('aria-expanded')).toBe('true'));
    await fireEvent.keyDown(name, { key: 'Escape' });
    expect(name.getAttribute('aria-expanded')).toBe('false');
    expect(closed).toBe(0);
    await fireEvent.keyDown(name, { key: 'Escape' });
    expect(closed).toBe(1);
  });
});
