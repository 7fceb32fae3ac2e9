import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Endorsement } from '../../lib/api';
import SignatoryForm from './SignatoryForm.svelte';

const stored: Endorsement = {
  id: 'e1',
  statementId: 's1',
  kind: 'organization',
  organizationId: 'o1',
  personId: null,
  name: 'Red Andna',
  affiliation: '',
  organization: '',
  city: '',
  country: 'Chile - Peru',
  countryCode: 'CL',
  visibility: 'public',
  status: 'confirmed',
  channel: 'paper',
  receivedOn: null,
  revisionId: null,
  revisionNumber: 1,
  notes: '',
  createdAt: '2026-11-20T10:00:00Z',
  updatedAt: '2026-11-20T10:00:00Z',
  deletedAt: null,
};

describe('SignatoryForm', () => {
  it('corrects only the name, then offers to correct the contact too', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    mockIPC((cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push([cmd, args]);
      switch (cmd) {
        case 'endorsements_events':
          return [];
        case 'endorsements_correct':
          return { ...stored, name: (args.patch as { name: string }).name };
        case 'contacts_organization':
          return { id: 'o1', name: 'Red Andna' };
        case 'endorsements_name_contact':
          return 'Red Andina';
        default:
          throw { code: 'internal', message: `unexpected ${cmd}` };
      }
    });
    render(SignatoryForm, { statementId: 's1', endorsement: stored, countries: [], onsaved: () => {}, onclose: () => {} });
    const name = (await screen.findByLabelText(/Name as printed/)) as HTMLInputElement;
    await fireEvent.input(name, { target: { value: 'Red Andina' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const offer = await screen.findByTestId('contact-offer');
    expect(offer.textContent).toContain('The contact is still called “Red Andna”');
    const patch = calls.find(([cmd]) => cmd === 'endorsements_correct')?.[1].patch as Record<string, unknown>;
    // The date received stays empty, the country kept as written stays: only the name is sent.
    expect(Object.entries(patch).filter(([, v]) => v !== null)).toEqual([['name', 'Red Andina']]);
    await fireEvent.click(screen.getByRole('button', { name: 'Correct the contact too' }));
    await waitFor(() => expect(calls.some(([cmd]) => cmd === 'endorsements_name_contact')).toBe(true));
    expect(await screen.findByText('The contact is now “Red Andina”.')).toBeTruthy();
  });

  it('writes the log in words: field names, visibility, channel, status and dates as the organizer reads them', async () => {
    mockIPC((cmd) => {
      if (cmd === 'endorsements_events') {
        return [
          {
            id: 'v1', event: 'corrected', fromStatus: null, toStatus: null, createdAt: '2026-11-21T15:30:00Z',
            detail: {
              visibility: { from: 'organization_only', to: 'counted_only' },
              channel: { from: 'email', to: 'in_person' },
              receivedOn: { from: null, to: '2026-11-20' },
              status: { from: 'confirmed', to: 'pending' },
            },
          },
        ];
      }
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
    render(SignatoryForm, { statementId: 's1', endorsement: stored, countries: [], onsaved: () => {}, onclose: () => {} });
    const log = await screen.findByTestId('endorsement-log');
    const text = log.textContent ?? '';
    expect(text).toContain('In the published list: “Organization only” → “Counted, not listed”');
    expect(text).toContain('Received by: “E-mail” → “In person”');
    expect(text).toContain('Status: “Confirmed” → “Pending”');
    expect(text).toContain(`Received on: “nothing” → “${new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 20))}”`);
    expect(text).not.toMatch(/organization_only|counted_only|in_person|2026-11-2[01]/);
  });

  it('shows the country by name, never by its code', async () => {
    mockIPC((cmd) => (cmd === 'endorsements_events' ? [] : null));
    render(SignatoryForm, {
      statementId: 's1', endorsement: { ...stored, country: '', countryCode: 'GB' }, countries: [],
      onsaved: () => {}, onclose: () => {},
    });
    expect(((await screen.findByLabelText('Country')) as HTMLInputElement).value).toBe('United Kingdom');
  });
});

describe('SignatoryForm name field', () => {
  const rows = [
    { id: 'o1', kind: 'organization', name: 'Mission for Migrant Workers', country: 'HK' },
    { id: 'o2', kind: 'organization', name: 'Migrant Forum in Asia', country: 'PH', city: 'Manila' },
  ];

  function withContacts(calls: [string, Record<string, unknown>][]) {
    mockIPC((cmd, raw) => {
      const args = (raw ?? {}) as Record<string, unknown>;
      calls.push([cmd, args]);
      if (cmd === 'contacts_list') return { rows, total: rows.length };
      if (cmd === 'endorsements_add') return { ...stored, id: 'e9', name: 'Migrant Forum in Asia', status: 'pending' };
      throw { code: 'internal', message: `unexpected ${cmd}` };
    });
  }

  it('is a combobox: arrows walk the suggestions, Enter takes one, and focus stays in the field', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    withContacts(calls);
    let closed = 0;
    render(SignatoryForm, { statementId: 's1', countries: [], onsaved: () => {}, onclose: () => (closed += 1) });
    const name = (await screen.findByRole('combobox', { name: /Name as printed/ })) as HTMLInputElement;
    expect(document.activeElement).toBe(name);
    await fireEvent.input(name, { target: { value: 'Migr' } });
    await waitFor(() => expect(name.getAttribute('aria-expanded')).toBe('true'));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent?.trim().split(/\s+/)[0])).toEqual(['Mission', 'Migrant']);

    await fireEvent.keyDown(name, { key: 'ArrowDown' });
    await fireEvent.keyDown(name, { key: 'ArrowDown' });
    expect(name.getAttribute('aria-activedescendant')).toBe(options[1].id);
    expect(options[1].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(name, { key: 'Enter' });
    expect(name.value).toBe('Migrant Forum in Asia');
    expect(name.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(name);
    expect(screen.getByText('From contacts: Migrant Forum in Asia')).toBeTruthy();
    expect((screen.getByLabelText('City') as HTMLInputElement).value).toBe('Manila');
    // Enter took the suggestion; it did not send the form.
    expect(calls.some(([cmd]) => cmd === 'endorsements_add')).toBe(false);

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
