import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import IntakeDialog from './IntakeDialog.svelte';

/** jsdom's File has no arrayBuffer(); the webview's has. */
function file(content: string, name: string): File {
  const bytes = new TextEncoder().encode(content);
  return { name, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

describe('IntakeDialog', () => {
  it('does not add a review that a failed change made stale, and asks before Escape throws it away', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Stop the deportations');
    let closed = false;
    render(IntakeDialog, { statementId, mode: 'file', onclose: () => (closed = true), ondone: () => {} });
    const input = (await screen.findByLabelText('Choose a file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('Organization,Country\nKalayaan,France\nRed de Mujeres,Mexico\n', 'form.csv')], configurable: true });
    await fireEvent.change(input);
    const add = await screen.findByRole('button', { name: 'Add 2 signatories' });
    await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.change(screen.getByLabelText('Field: Organization'), { target: { value: 'ignore' } });
    expect((await screen.findByRole('alert')).textContent).toContain('no column is mapped to a name');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Add 2 signatories' }) as HTMLButtonElement).disabled).toBe(true));
    // Escape asks first; keeping the review keeps everything.
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    const ask = await screen.findByRole('alertdialog');
    await fireEvent.click(within(ask).getByRole('button', { name: 'Keep reviewing' }));
    expect(closed).toBe(false);
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Throw it away' }));
    expect(closed).toBe(true);
    expect(await backend.signOns(statementId)).toEqual([]);
  });

  it('plans a review again when the data changed under it, and adds only the new review', async () => {
    const backend = await installRealBackend();
    const { id: statementId } = await backend.statement('Stop the deportations');
    let done = false;
    render(IntakeDialog, { statementId, mode: 'file', onclose: () => {}, ondone: () => (done = true) });
    const input = (await screen.findByLabelText('Choose a file')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file('Organization,Country\nKalayaan,France\nRed de Mujeres,Mexico\n', 'form.csv')], configurable: true });
    await fireEvent.change(input);
    const add = await screen.findByRole('button', { name: 'Add 2 signatories' });
    await waitFor(() => expect((add as HTMLButtonElement).disabled).toBe(false));
    // Another program adds one of the two while the organizer reviews.
    await backend.signOn(statementId, 'Kalayaan', { country: 'France' });
    await fireEvent.click(add);
    expect((await screen.findByRole('alert')).textContent).toContain('nothing was added');
    expect(done).toBe(false);
    expect((await backend.signOns(statementId)).map((e) => e.name)).toEqual(['Kalayaan']);
    // The review shown is the one planned again: the one not yet signed.
    await fireEvent.click(await screen.findByRole('button', { name: 'Add 1 signatory' }));
    await waitFor(() => expect(done).toBe(true));
    expect((await backend.signOns(statementId)).map((e) => e.name).sort()).toEqual(['Kalayaan', 'Red de Mujeres']);
  });
});
