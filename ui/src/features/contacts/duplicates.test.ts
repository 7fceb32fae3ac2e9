import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { ContactRow, DuplicatePair } from '../../lib/api';
import DuplicatesView from './DuplicatesView.svelte';
import ContactForm from './ContactForm.svelte';

const contact = (id: string, name: string): ContactRow => ({
  id, kind: 'organization', name, shortName: '', country: 'GB', city: '', sector: '', email: '',
  organizationName: null, tags: [], deletedAt: null,
});

describe('duplicates', () => {
  it('takes a pair said apart off the list, with Undo', async () => {
    const calls: [string, Record<string, unknown>][] = [];
    const pair: DuplicatePair = { a: contact('a', 'Kalayaan'), b: contact('b', 'Kalayaan UK'), score: 0.9, evidence: [{ kind: 'similar_name', score: 0.93 }] };
    let offered = true;
    mockIPC((cmd, raw) => {
      calls.push([cmd, (raw ?? {}) as Record<string, unknown>]);
      if (cmd === 'contacts_duplicates') return offered ? [pair] : [];
      if (cmd === 'contacts_not_duplicate') {
        offered = Boolean((raw as { undo: boolean }).undo);
        return null;
      }
      throw { code: 'internal', message: cmd };
    });
    render(DuplicatesView, { countries: [], onmerged: () => {} });
    await screen.findByRole('button', { name: 'Not a duplicate' });
    // Words, never a raw score: no “0.93”, no “90%”.
    const meta = document.querySelector('.pair-meta')?.textContent ?? '';
    expect(meta).toContain('Very likely the same');
    expect(meta).toContain('Similar names');
    expect(meta).not.toMatch(/\d/);
    await fireEvent.click(screen.getByRole('button', { name: 'Not a duplicate' }));
    expect(await screen.findByText('“Kalayaan” and “Kalayaan UK” will not be offered again.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Not a duplicate' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Not a duplicate' });
    expect(calls.filter(([c]) => c === 'contacts_not_duplicate').map(([, a]) => a.undo)).toEqual([false, true]);
  });

  it('says, before a contact is added by hand, which stored ones it may already be', async () => {
    mockIPC((cmd, raw) => {
      if (cmd === 'contacts_similar') {
        return (raw as { name: string }).name.startsWith('Kalay') ? [contact('a', 'Kalayaan')] : [];
      }
      if (cmd === 'contacts_list') return { rows: [], total: 0 };
      return [];
    });
    const opened: string[] = [];
    render(ContactForm, {
      kind: 'organization', id: null, countries: [], onsaved: () => {}, onclose: () => {}, ondelete: () => {},
      onopen: (id: string) => opened.push(id),
    });
    const name = await screen.findByLabelText(/^Name/);
    await fireEvent.input(name, { target: { value: 'Kalayan' } });
    const note = await screen.findByTestId('similar-contacts', {}, { timeout: 2000 });
    expect(note.textContent).toContain('Kalayaan');
    await fireEvent.click(screen.getByRole('button', { name: 'Kalayaan' }));
    await waitFor(() => expect(opened).toEqual(['a']));
  });
});
