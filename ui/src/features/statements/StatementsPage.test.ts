import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installFakeBackend } from '../../test/fake-backend';
import StatementsPage from './StatementsPage.svelte';

describe('StatementsPage', () => {
  it('lists a translation under its original, not as a campaign of its own', async () => {
    installFakeBackend([
      { id: 'o', title: 'Stop the deportations', updatedAt: '2026-11-01T10:00:00Z' },
      { id: 'x', title: 'Another statement', updatedAt: '2026-11-20T10:00:00Z' },
      { id: 't', title: 'Alto a las deportaciones', language: 'es', translationOf: 'o', updatedAt: '2026-11-30T10:00:00Z' },
    ]);
    render(StatementsPage);
    const list = await screen.findByRole('list', { name: 'Statements' });
    const rows = Array.from(list.querySelectorAll<HTMLElement>('[data-statement-id]')).map((r) => r.dataset.statementId);
    expect(rows).toEqual(['x', 'o', 't']);
    const translation = list.querySelector('[data-statement-id="t"]');
    expect(translation?.classList.contains('translation')).toBe(true);
    expect(translation?.textContent).toContain('Translation of “Stop the deportations”');
  });

  it('shows an empty state that leads to creating the first statement', async () => {
    const backend = installFakeBackend();
    render(StatementsPage);

    expect(await screen.findByRole('heading', { name: 'No statements yet' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Start a statement' }));

    const field = screen.getByLabelText('Title of the new statement');
    await fireEvent.input(field, { target: { value: 'Solidarity with striking workers' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Create' }));

    const list = await screen.findByRole('list', { name: 'Statements' });
    expect(list.textContent).toContain('Solidarity with striking workers');
    expect(backend.statements).toHaveLength(1);
  });

  it('shows the backend\'s message when a title is refused', async () => {
    installFakeBackend();
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'New statement' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('a statement needs a title');
    expect(screen.getByLabelText('Title of the new statement')).toBeTruthy();
  });

  it('renames in place and keeps the new title', async () => {
    installFakeBackend([{ title: 'Draft name' }]);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Rename “Draft name”' }));
    const field = screen.getByLabelText('New title for “Draft name”');
    await fireEvent.input(field, { target: { value: 'Final name' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Final name'));
  });

  it('deletes with an undo that brings the statement back', async () => {
    installFakeBackend([{ title: 'Keep me' }]);
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
    installFakeBackend([{ title: 'Existing' }]);
    render(StatementsPage);
    await screen.findByRole('list', { name: 'Statements' });

    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
    const field = await screen.findByLabelText('Title of the new statement');
    expect(document.activeElement).toBe(field);

    await fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByLabelText('Title of the new statement')).toBeNull());
  });

  it('undoes the last delete with Ctrl+Z', async () => {
    const backend = installFakeBackend([{ title: 'Precious' }]);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Delete “Precious”' }));
    await screen.findByRole('status');

    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Precious'));
    expect(backend.statements[0].deletedAt).toBeNull();
  });

  it('lists deleted statements in the trash and restores them from there', async () => {
    const backend = installFakeBackend([{ title: 'Alive' }, { title: 'Binned' }]);
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
    expect(backend.statements.every((s) => s.deletedAt === null)).toBe(true);
  });
});

describe('title length', () => {
  it('counts emoji as one character each and refuses past the limit without cutting', async () => {
    const backend = installFakeBackend();
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
    const backend = installFakeBackend([{ title: 'Short title' }]);
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
    installFakeBackend([{ title: 'Open letter', status: 'open', deadline }, { title: 'Old one', status: 'published', deadline: '2020-01-01' }]);
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
    installFakeBackend([{ title: 'Stop the deportations' }]);
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
