// Keyboard and focus on the statements page: where focus goes when something
// closes, what Escape and Ctrl+N do, and nothing typed is lost without asking.

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import StatementsPage from './StatementsPage.svelte';

const ctrlN = () => fireEvent.keyDown(window, { key: 'n', ctrlKey: true });
const escape = (on: Element | Window = document.activeElement ?? window) => fireEvent.keyDown(on, { key: 'Escape' });
const newField = () => screen.queryByLabelText('Title of the new statement');

describe('closing the new-statement field', () => {
  it('gives focus back to the button that opened it', async () => {
    await installRealBackend(['Existing']);
    render(StatementsPage);
    const opener = await screen.findByRole('button', { name: 'New statement' });
    opener.focus();
    await fireEvent.click(opener);
    expect(document.activeElement).toBe(newField());

    await escape();
    await waitFor(() => expect(newField()).toBeNull());
    expect(document.activeElement).toBe(opener);
  });

  it('gives focus back to "Start a statement" when the list is empty', async () => {
    await installRealBackend();
    render(StatementsPage);
    (await screen.findByRole('button', { name: 'Start a statement' })).focus();
    await fireEvent.click(screen.getByRole('button', { name: 'Start a statement' }));

    await escape();
    await waitFor(() => expect(newField()).toBeNull());
    // The empty state is drawn anew, so it is a new button with the same name.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start a statement' }));
  });

  it('after Ctrl+N from nowhere, puts focus on "New statement"', async () => {
    await installRealBackend(['Existing']);
    render(StatementsPage);
    await screen.findByRole('list', { name: 'Statements' });
    await ctrlN();
    await escape();
    await waitFor(() => expect(newField()).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New statement' }));
  });

  it('keeps a title being typed when Ctrl+N is pressed again', async () => {
    await installRealBackend();
    render(StatementsPage);
    await ctrlN();
    const field = (await screen.findByLabelText('Title of the new statement')) as HTMLInputElement;
    await fireEvent.input(field, { target: { value: 'Half a title' } });
    screen.getByRole('button', { name: 'New statement' }).focus();

    await ctrlN();
    const again = screen.getByLabelText('Title of the new statement') as HTMLInputElement;
    expect(again.value).toBe('Half a title');
    expect(document.activeElement).toBe(again);
  });
});

describe('the undo offer', () => {
  async function deleteFirst(titles: string[]) {
    await installRealBackend(titles);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: `Delete “${titles.at(-1)}”` }));
    return screen.findByRole('status');
  }

  it('closes with Escape, and focus stays on the list', async () => {
    await deleteFirst(['Stays', 'Goes']);
    await escape(window);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(document.activeElement?.textContent).toBe('Stays');
  });

  it('closes with Escape while focus is on Undo, and focus goes to the list', async () => {
    await deleteFirst(['Stays', 'Goes']);
    screen.getByRole('button', { name: 'Undo' }).focus();
    await escape();
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.closest('[data-statement-id]')?.textContent).toContain('Stays');
  });

  it('closes with Escape when the list is empty, and focus goes to "Start a statement"', async () => {
    await deleteFirst(['Only one']);
    await escape(window);
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Start a statement' }));
  });

  it('stays when Escape closes the new-statement field instead', async () => {
    await deleteFirst(['Stays', 'Goes']);
    await ctrlN();
    await escape();
    await waitFor(() => expect(newField()).toBeNull());
    expect(screen.getByRole('status')).toBeTruthy();
  });

  it('puts focus on the row it brings back', async () => {
    await deleteFirst(['Stays', 'Goes']);
    await fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Goes'));
  });
});

describe('Ctrl+N during a rename', () => {
  async function renameTo(title: string) {
    const backend = await installRealBackend(['Old title']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Rename “Old title”' }));
    const field = screen.getByLabelText('New title for “Old title”') as HTMLInputElement;
    await fireEvent.input(field, { target: { value: title } });
    return { backend, field };
  }

  it('asks before throwing away a changed title, and Escape keeps it', async () => {
    const { field } = await renameTo('New title not saved yet');
    await fireEvent.keyDown(field, { key: 'n', ctrlKey: true });

    const dialog = await screen.findByRole('alertdialog', { name: 'Discard the new title?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(newField()).toBeNull();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep editing' }));

    await escape();
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    const kept = screen.getByLabelText('New title for “Old title”') as HTMLInputElement;
    expect(kept.value).toBe('New title not saved yet');
    expect(document.activeElement).toBe(kept);
    expect(newField()).toBeNull();
  });

  it('keeps Tab inside the question and lets it discard the change', async () => {
    const { backend, field } = await renameTo('Changed');
    await fireEvent.keyDown(field, { key: 'n', ctrlKey: true });
    const dialog = await screen.findByRole('alertdialog');
    const keep = within(dialog).getByRole('button', { name: 'Keep editing' });
    const discard = within(dialog).getByRole('button', { name: 'Discard changes' });

    await fireEvent.keyDown(window, { key: 'Tab' });
    expect(document.activeElement).toBe(discard);
    await fireEvent.keyDown(window, { key: 'Tab' });
    expect(document.activeElement).toBe(keep);
    await fireEvent.keyDown(window, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(discard);
    // Shortcuts wait while the question is open.
    await ctrlN();
    expect(newField()).toBeNull();

    await fireEvent.click(discard);
    await waitFor(() => expect(document.activeElement).toBe(newField()));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByLabelText('New title for “Old title”')).toBeNull();
    expect((await backend.call('statements_list')).map((s) => s.title)).toEqual(['Old title']);
  });

  it('does not ask when the title was not changed', async () => {
    await renameTo('Old title');
    await ctrlN();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(newField());
  });

  it('asks too before going to the Trash', async () => {
    await renameTo('Changed');
    await fireEvent.click(screen.getByRole('button', { name: 'Trash' }));
    expect(await screen.findByRole('alertdialog')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Statements');
  });
});

describe('long titles', () => {
  // jsdom lays nothing out: a title is "cut" when it says it is wider than its box.
  function pretendWidths(textWidth: (el: HTMLElement) => number) {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
      return textWidth(this);
    });
    const client = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
    return () => {
      scroll.mockRestore();
      client.mockRestore();
    };
  }

  it('offers a cut title whole when its row is hovered or has focus', async () => {
    const long = 'A very long title '.repeat(12).trim();
    await installRealBackend(['Short', long]);
    const restore = pretendWidths((el) => (el.textContent === long ? 900 : 100));
    try {
      render(StatementsPage);
      const list = await screen.findByRole('list', { name: 'Statements' });
      const rows = Array.from(list.querySelectorAll('li'));
      const rowOf = (title: string) => rows.find((row) => row.querySelector('.row-title')?.textContent === title)!;
      expect(list.querySelector('.row-title-full')).toBeNull();

      await fireEvent.pointerEnter(rowOf(long));
      const full = rowOf(long).querySelector('.row-title-full');
      expect(full?.textContent).toBe(long);
      // The title is already in the row's text and the buttons' names; said once is enough.
      expect(full?.getAttribute('aria-hidden')).toBe('true');

      await fireEvent.focusIn(within(rowOf('Short')).getByRole('button', { name: 'Rename “Short”' }));
      expect(rowOf('Short').querySelector('.row-title-full')).toBeNull();
    } finally {
      restore();
    }
  });

  it('offers it on keyboard focus too, and in the trash', async () => {
    const long = 'Another very long title '.repeat(10).trim();
    const backend = await installRealBackend();
    await backend.call('statements_delete', { id: (await backend.statement(long)).id });
    const restore = pretendWidths((el) => (el.textContent === long ? 900 : 100));
    try {
      render(StatementsPage);
      await fireEvent.click(await screen.findByRole('button', { name: 'Trash' }));
      const restoreButton = await screen.findByRole('button', { name: `Restore “${long}”` });
      await fireEvent.focusIn(restoreButton);
      expect(screen.getByRole('list', { name: 'Trash' }).querySelector('.row-title-full')?.textContent).toBe(long);
    } finally {
      restore();
    }
  });
});

describe('coming back to the window', () => {
  it('lists a statement the CLI added while the window was in the background', async () => {
    const backend = await installRealBackend(['Made here']);
    render(StatementsPage);
    await screen.findByRole('list', { name: 'Statements' });
    await backend.statement('Made with the CLI');

    await fireEvent.focus(window);
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Made with the CLI'));
  });

  it('reloads when the page becomes visible again', async () => {
    const backend = await installRealBackend(['Made here']);
    render(StatementsPage);
    await screen.findByRole('list', { name: 'Statements' });
    await backend.statement('Made with the CLI');

    await fireEvent(document, new Event('visibilitychange'));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Statements' }).textContent).toContain('Made with the CLI'));
  });

  it('reloads the trash too when it is on screen', async () => {
    const backend = await installRealBackend(['Made here']);
    render(StatementsPage);
    await fireEvent.click(await screen.findByRole('button', { name: 'Trash' }));
    await screen.findByRole('heading', { name: 'The trash is empty' });
    await backend.call('statements_delete', { id: (await backend.statement('Deleted with the CLI')).id });

    await fireEvent.focus(window);
    await waitFor(() => expect(screen.getByRole('list', { name: 'Trash' }).textContent).toContain('Deleted with the CLI'));
  });
});

describe('coming and going between the list and a statement', () => {
  it('Enter on a focused statement opens it', async () => {
    await installRealBackend(['First', 'Second']);
    const opened: string[] = [];
    render(StatementsPage, { onopen: (id: string) => opened.push(id) });
    const row = (await screen.findByText('Second')).closest<HTMLElement>('[data-statement-id]');
    const title = row?.querySelector<HTMLElement>('.row-title');
    title?.focus();
    expect(document.activeElement).toBe(title);
    await fireEvent.keyDown(title!, { key: 'Enter' });
    expect(opened).toEqual([row?.dataset.statementId]);
  });

  it('back from a statement, focus is on its row', async () => {
    const backend = await installRealBackend(['First', 'Second']);
    const second = (await backend.call('statements_list')).find((s) => s.title === 'Second')!;
    render(StatementsPage, { focusId: second.id });
    await waitFor(() =>
      expect((document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-statement-id]')?.dataset.statementId).toBe(second.id),
    );
  });
});
