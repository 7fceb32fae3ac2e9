import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import StatementsPage from './StatementsPage.svelte';

describe('StatementsPage', () => {
  it('lists a translation under its original, not as a campaign of its own', async () => {
    const backend = await installRealBackend();
    const o = await backend.statement('Stop the deportations');
    const x = await backend.statement('Another statement');
    const t = await backend.call('statements_translate', { id: o.id, language: 'es' });
    await backend.call('statements_update', { id: t.id, patch: { title: 'Alto a las deportaciones' } });
    render(StatementsPage);
    const list = await screen.findByRole('list', { name: 'Statements' });
    const rows = Array.from(list.querySelectorAll<HTMLElement>('[data-statement-id]')).map((r) => r.dataset.statementId);
    // The translation is the newest change, yet it stays under its original.
    expect(rows).toEqual([x.id, o.id, t.id]);
    const translation = list.querySelector(`[data-statement-id="${t.id}"]`);
    expect(translation?.classList.contains('translation')).toBe(true);
    expect(translation?.textContent).toContain('Translation of “Stop the deportations”');
  });

  it('shows an empty state that leads to creating the first statement', async () => {
    const backend = await installRealBackend();
    render(StatementsPage);

    expect(await screen.findByRole('heading', { name: 'No statements yet' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Start a statement' }));

    const field = screen.getByLabelText('Title of the new statement');
    await fireEvent.input(field, { target: { value: 'Solidarity with striking workers' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    const list = await screen.findByRole('list', { name: 'Statements' });
    expect(list.textContent).toContain('Solidarity with striking workers');
    expect((await backend.call('statements_list')).map((s) => s.title)).toEqual(['Solidarity with striking workers']);
  });

  it('shows the backend\'s message when a title is refused', async () => {
    await installRealBackend();
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'New statement' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('A statement needs a title. Type one');
    expect(screen.getByLabelText('Title of the new statement')).toBeTruthy();
  });

  it('renames in place and keeps the new title', async () => {
    await installRealBackend(['Draft name']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Rename “Draft name”' }));
    const field = screen.getByLabelText('New title for “Draft name”');
    await fireEvent.input(field, { target: { value: 'Final name' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Final name'));
  });

  it('deletes with an undo that brings the statement back', async () => {
    await installRealBackend(['Keep me']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete “Keep me”' }));

    const toast = await screen.findByRole('status');
    expect(toast.textContent).toContain('Moved “Keep me” to the trash.');
    expect(screen.getByRole('heading', { name: 'No statements yet' })).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Keep me'));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('opens the new-statement field with Ctrl+N and closes it with Escape', async () => {
    await installRealBackend(['Existing']);
    render(StatementsPage);
    await screen.findByRole('list', { name: 'Statements' });

    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    const field = await screen.findByLabelText('Title of the new statement');
    expect(document.activeElement).toBe(field);

    await fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Title of the new statement')).toBeNull());
  });

  it('undoes the last delete with Ctrl+Z', async () => {
    const backend = await installRealBackend(['Precious']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete “Precious”' }));
    await screen.findByRole('status');

    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Precious'));
    expect((await backend.call('statements_list')).map((s) => s.title)).toEqual(['Precious']);
    expect(await backend.call('statements_list_trash')).toEqual([]);
  });

  it('lists deleted statements in the trash and restores them from there', async () => {
    const backend = await installRealBackend(['Alive', 'Binned']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete “Binned”' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));

    await fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    const trash = await screen.findByRole('list', { name: 'Trash' });
    expect(trash.textContent).toContain('Binned');
    expect(trash.textContent).not.toContain('Alive');

    await fireEvent.click(screen.getByRole('button', { name: 'Restore “Binned”' }));
    expect(await screen.findByRole('heading', { name: 'The trash is empty' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back to statements' }));
    const list = await screen.findByRole('list', { name: 'Statements' });
    expect(list.textContent).toContain('Binned');
    expect(await backend.call('statements_list_trash')).toEqual([]);
  });
});

describe('title length', () => {
  it('counts emoji as one character each and refuses past the limit without cutting', async () => {
    const backend = await installRealBackend();
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start a statement' }));
    const field = screen.getByLabelText('Title of the new statement') as HTMLInputElement;
    expect(field.getAttribute('maxlength')).toBeNull();

    await fireEvent.input(field, { target: { value: '🌍'.repeat(300) } });
    expect(screen.getByText('300 of 300 characters')).toBeTruthy();
    await fireEvent.input(field, { target: { value: 'ب'.repeat(301) } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The title is 301 characters long; keep it to 300.');
    await fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(backend.calls).not.toContain('statements_create');
    expect(field.value).toBe('ب'.repeat(301));
  });

  it('counts the same way when renaming, and keeps an over-long title in the field', async () => {
    const backend = await installRealBackend(['Short title']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Rename “Short title”' }));
    const field = screen.getByLabelText('New title for “Short title”') as HTMLInputElement;
    expect(field.getAttribute('maxlength')).toBeNull();

    // 75 raised fists with a skin tone: 300 UTF-16 units, 150 characters; far from the limit.
    await fireEvent.input(field, { target: { value: '✊🏽'.repeat(75) } });
    expect(screen.queryByText(/of 300 characters/)).toBeNull();
    // Whitespace runs count as one space, as core folds them.
    await fireEvent.input(field, { target: { value: `${'ب'.repeat(135)}   \n  ${'🌍'.repeat(135)}` } });
    expect(screen.getByText('271 of 300 characters')).toBeTruthy();

    const tooLong = 'حقوق العمال المهاجرين '.repeat(14);
    await fireEvent.input(field, { target: { value: tooLong } });
    expect((await screen.findByRole('alert')).textContent).toContain('The title is 307 characters long; keep it to 300.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    await fireEvent.submit(field.closest('form')!);
    expect(backend.calls).not.toContain('statements_update');
    expect(field.value).toBe(tooLong);
    expect(document.activeElement).toBe(field);
  });

  it('shows how many days are left to sign on', async () => {
    const inThreeDays = new Date();
    inThreeDays.setDate(inThreeDays.getDate() + 3);
    const pad = (n: number) => String(n).padStart(2, '0');
    const deadline = `${inThreeDays.getFullYear()}-${pad(inThreeDays.getMonth() + 1)}-${pad(inThreeDays.getDate())}`;
    const backend = await installRealBackend();
    const open = await backend.statement('Open letter', { deadline });
    await backend.call('statements_set_status', { id: open.id, status: 'open', confirmed: true });
    const old = await backend.statement('Old one', { deadline: '2020-01-01' });
    for (const status of ['open', 'closed', 'published'] as const) await backend.call('statements_set_status', { id: old.id, status, confirmed: true });
    render(StatementsPage);
    const list = await screen.findByRole('list', { name: 'Statements' });
    const badge = list.querySelector('.badge.deadline');
    expect(badge?.textContent).toBe('3 days left');
    expect(badge?.classList.contains('urgent')).toBe(true);
    expect(list.querySelectorAll('.badge.deadline')).toHaveLength(1);
  });
});

describe('first steps', () => {
  it('lead a new organizer to a statement, contacts and a key, tick off what is done, and can be hidden for good', async () => {
    localStorage.removeItem('undersigned.firstSteps.hidden');
    await installRealBackend(['Stop the deportations']);
    const went: string[] = [];
    const first = render(StatementsPage, { onsection: (section: string) => went.push(section) });
    const steps = await screen.findByTestId('first-steps');
    const items = within(steps).getAllByRole('listitem');
    expect(items.map((li) => li.classList.contains('done'))).toEqual([true, false, false]);
    await fireEvent.click(within(steps).getByRole('button', { name: 'Go to Contacts' }));
    await fireEvent.click(within(steps).getByRole('button', { name: 'Go to Settings' }));
    expect(went).toEqual(['contacts', 'settings']);
    await fireEvent.click(within(steps).getByRole('button', { name: 'Hide these steps' }));
    expect(screen.queryByTestId('first-steps')).toBeNull();
    first.unmount();
    render(StatementsPage, { onsection: () => {} });
    await screen.findByText('Stop the deportations');
    expect(screen.queryByTestId('first-steps')).toBeNull();
    localStorage.removeItem('undersigned.firstSteps.hidden');
  });
});
