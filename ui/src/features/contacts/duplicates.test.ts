import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import DuplicatesView from './DuplicatesView.svelte';
import ContactForm from './ContactForm.svelte';

describe('duplicates', () => {
  it('takes a pair said apart off the list, with Undo', async () => {
    const backend = await installRealBackend();
    await backend.organization('Kalayaan', { country: 'GB' });
    await backend.organization('Kalayaan UK', { country: 'GB' });
    render(DuplicatesView, { countries: [], onmerged: () => {} });
    await screen.findByRole('button', { name: 'Not a duplicate' });
    // Words, never a raw score: no “0.93”, no “90%”.
    const meta = document.querySelector('.pair-meta')?.textContent ?? '';
    expect(meta).toContain('the same');
    expect(meta).toContain('Similar names');
    expect(meta).not.toMatch(/\d/);
    await fireEvent.click(screen.getByRole('button', { name: 'Not a duplicate' }));
    expect(await screen.findByText(/^“Kalayaan( UK)?” and “Kalayaan( UK)?” will not be offered again\.$/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Not a duplicate' })).toBeNull();
    expect(await backend.call('contacts_duplicates', { limit: 10 })).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Not a duplicate' });
    expect(backend.sent.filter(([c]) => c === 'contacts_not_duplicate').map(([, a]) => a.undo)).toEqual([false, true]);
  });

  it('says, before a contact is added by hand, which stored ones it may already be', async () => {
    const backend = await installRealBackend();
    const stored = await backend.organization('Kalayaan', { country: 'GB' });
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
    await waitFor(() => expect(opened).toEqual([stored.id]));
  });
});
