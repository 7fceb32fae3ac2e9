import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { DiffPart, Statement, StatementPatch } from '../../lib/api';
import { installRealBackend, type RealBackend } from '../../test/real-backend';
import StatementPage from './StatementPage.svelte';
import DetailsForm from './DetailsForm.svelte';
import DiffView from './DiffView.svelte';
import HistoryPanel from './HistoryPanel.svelte';

const BODY =
  '“We, the undersigned” – organizations of migrants — stand\u00a0together.\n\n**Bold line**\n\n*28 November 2026*\n\nنحن الموقعين أدناه';

afterEach(() => vi.useRealTimers());

/** The statement with BODY, made through the commands. */
async function withBody() {
  const backend = await installRealBackend();
  const { id } = await backend.statement('Rights for all', { body: BODY });
  return { backend, id };
}

describe('StatementPage', () => {
  it('puts focus on its title once it has loaded, so the keyboard starts on the page', async () => {
    const { id } = await withBody();
    render(StatementPage, { id, onclose: () => {} });
    const heading = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('says once what importing the file left out, until dismissed', async () => {
    const { id } = await withBody();
    render(StatementPage, {
      id,
      onclose: () => {},
      notes: ['raw HTML was left out (lines 12–14)', 'template code was left out (line 16)'],
    });
    const notes = await screen.findByTestId('import-notes');
    expect(notes.textContent).toContain('raw HTML was left out (lines 12–14)');
    expect(notes.textContent).toContain('template code was left out (line 16)');
    await fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByTestId('import-notes')).toBeNull());
  });

  it('shows the text with its typographic characters and saves nothing without an edit', async () => {
    const { backend, id } = await withBody();
    render(StatementPage, { id, onclose: () => {} });
    const editor = await screen.findByRole('textbox', { name: 'Statement text' });
    await waitFor(() => expect(editor.textContent).toContain('“We, the undersigned” – organizations'));
    expect(editor.getAttribute('dir')).toBe('auto');
    expect(editor.textContent).toContain('\u00a0together');
    expect(editor.querySelector('strong')?.textContent).toBe('Bold line');
    expect(screen.getByTestId('counts').textContent).toMatch(/\d+ words/);
    window.dispatchEvent(new Event('blur'));
    await new Promise((r) => setTimeout(r, 1000));
    expect(backend.calls).not.toContain('statements_update');
  });

  it('autosaves a real edit as Markdown, and nothing when the edit is undone before the save', async () => {
    const { backend, id } = await withBody();
    render(StatementPage, { id, onclose: () => {} });
    const editorEl = await screen.findByRole('textbox', { name: 'Statement text' });
    await waitFor(() => expect(editorEl.textContent).toContain('undersigned'));
    const editor = (editorEl as unknown as { editor: import('@tiptap/core').Editor }).editor;
    const updates = () => backend.sent.filter(([cmd]) => cmd === 'statements_update');

    editor.commands.insertContentAt(2, 'Z');
    editor.commands.deleteRange({ from: 2, to: 3 });
    await new Promise((r) => setTimeout(r, 1000));
    expect(updates()).toEqual([]);

    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' وأكثر');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Editing…'));
    await waitFor(() => expect(updates()).toHaveLength(1), { timeout: 2000 });
    expect(updates()[0][1]).toEqual({ id, patch: { body: BODY + ' وأكثر' } });
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Saved'));
    expect((await backend.call('statements_get', { id })).body).toBe(BODY + ' وأكثر');
  });

  it('shows the text as last typed when the Text tab comes back, so typing on never loses a sentence', async () => {
    const { backend, id } = await withBody();
    render(StatementPage, { id, onclose: () => {} });
    const box = () => screen.getByRole('textbox', { name: 'Statement text' });
    const editorOf = (el: HTMLElement) => (el as unknown as { editor: import('@tiptap/core').Editor }).editor;
    await waitFor(() => expect(box().textContent).toContain('undersigned'));
    const first = editorOf(box());
    first.commands.insertContentAt(first.state.doc.content.size - 1, ' Release everyone now.');
    await waitFor(() => expect(screen.getByTestId('save-state').textContent).toBe('Editing…'));

    // Away and back: the editor is made anew, from what was typed and saved.
    await fireEvent.click(screen.getByRole('tab', { name: 'Signatories' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Statement text' })).toBeNull());
    await fireEvent.click(await screen.findByRole('tab', { name: 'Text' }));
    await waitFor(() => expect(box().textContent).toContain('Release everyone now.'));

    const again = editorOf(box());
    again.commands.insertContentAt(again.state.doc.content.size - 1, ' Urgent.');
    await waitFor(async () => expect((await backend.call('statements_get', { id })).body).toBe(BODY + ' Release everyone now. Urgent.'), {
      timeout: 3000,
    });
  });

  it('shows the original-changed flag on a translation and marks it up to date', async () => {
    const backend = await installRealBackend();
    const original = await backend.statement('Original', { body: 'We stand together.' });
    const translation = await backend.call('statements_translate', { id: original.id, language: 'fr' });
    await backend.call('statements_update', { id: original.id, patch: { body: 'We stand together now.' } });
    render(StatementPage, { id: translation.id, onclose: () => {} });
    expect((await screen.findByTestId('original-changed')).textContent).toContain('Original changed since version 1');
    expect(screen.getByRole('region', { name: 'Changes in the original' }).querySelector('ins')?.textContent).toContain('now');
    await fireEvent.click(screen.getByRole('button', { name: 'Mark up to date' }));
    await waitFor(() => expect(screen.queryByTestId('original-changed')).toBeNull());
    expect((await backend.call('statements_translation_status', { id: translation.id })).originalChanged).toBe(false);
  });
});

describe('StatementPage translation', () => {
  it('makes a translation into a language picked by its own name', async () => {
    const backend = await installRealBackend();
    const original = await backend.statement('Rights for all', { body: BODY });
    render(StatementPage, { id: original.id, onclose: () => {} });
    await fireEvent.click(await screen.findByRole('button', { name: 'Translate…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Create translation' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Choose the language of the translation.');
    expect(backend.calls).not.toContain('statements_translate');
    const box = screen.getByRole('combobox', { name: 'Language of the translation' });
    await fireEvent.input(box, { target: { value: 'Kiswa' } });
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    await fireEvent.keyDown(box, { key: 'Enter' });
    await fireEvent.click(screen.getByRole('button', { name: 'Create translation' }));
    await waitFor(async () =>
      expect((await backend.call('statements_list')).map((s) => [s.language, s.translationOf])).toContainEqual(['sw', original.id]),
    );
  });

  it('takes a language name typed in full when the form is sent without leaving the field', async () => {
    const backend = await installRealBackend();
    const original = await backend.statement('Rights for all', { body: BODY });
    render(StatementPage, { id: original.id, onclose: () => {} });
    await fireEvent.click(await screen.findByRole('button', { name: 'Translate…' }));
    const box = screen.getByRole('combobox', { name: 'Language of the translation' });
    await fireEvent.input(box, { target: { value: 'French' } });
    // The click that sends the form leaves focus in the field, as WebKit does.
    await fireEvent.click(screen.getByRole('button', { name: 'Create translation' }));
    await waitFor(async () =>
      expect((await backend.call('statements_list')).map((s) => [s.language, s.translationOf])).toContainEqual(['fr', original.id]),
    );
    expect(screen.queryByText('Choose the language of the translation.')).toBeNull();
  });
});

describe('DiffView', () => {
  it('marks insertions and deletions', () => {
    const parts: DiffPart[] = [
      { change: 'same', text: 'We ' },
      { change: 'removed', text: 'ask' },
      { change: 'added', text: 'demand' },
      { change: 'same', text: ' justice' },
    ];
    render(DiffView, { parts });
    const region = screen.getByRole('region', { name: 'Changes' });
    expect(region.querySelector('del')?.textContent).toBe('ask');
    expect(region.querySelector('ins')?.textContent).toBe('demand');
    expect(region.textContent).toBe('We askdemand justice');
  });

  it('shows text as read, folds what did not change around the changes, and walks them', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const parts: DiffPart[] = [
      { change: 'same', text: `# Stop the deportations\n\nWe, the **undersigned**, ${long} ` },
      { change: 'removed', text: 'ask' },
      { change: 'added', text: 'demand' },
      { change: 'same', text: ` that [governments](https://example.org) act. ${long} ` },
      { change: 'added', text: 'Now.' },
    ];
    render(DiffView, { parts });
    const region = screen.getByRole('region', { name: 'Changes' });
    // The long unchanged stretches are folded, the words next to a change kept.
    const folds = screen.getAllByRole('button', { name: /unchanged words/ });
    expect(folds).toHaveLength(2);
    expect(region.textContent).toContain('word59 ');
    expect(region.textContent).not.toContain('word20 ');
    await fireEvent.click(folds[0]);
    expect(region.textContent).toContain('word20 ');
    // No Markdown marks: the heading, the bold and the link read as words.
    expect(region.textContent).not.toMatch(/[#*\[\]]|https:/);
    expect(region.textContent).toContain('Stop the deportations');
    expect(region.textContent).toContain('We, the undersigned,');
    expect(region.textContent).toContain('that governments act.');
    expect(screen.getByTestId('diff-count').textContent).toBe('3 changes');
    await fireEvent.click(screen.getByRole('button', { name: 'Next change' }));
    expect(region.querySelector('.current')?.textContent).toBe('ask');
    await fireEvent.click(screen.getByRole('button', { name: 'Next change' }));
    expect(region.querySelector('.current')?.textContent).toBe('demand');
    await fireEvent.click(screen.getByRole('button', { name: 'Previous change' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Previous change' }));
    expect(region.querySelector('.current')?.textContent).toBe('Now.');
  });
});

describe('DetailsForm', () => {
  /** A statement made through the commands, open for sign-on when asked, with confirmed sign-ons. */
  async function stored(patch: StatementPatch = {}, open = false, signOns: string[] = []) {
    const backend = await installRealBackend();
    let made = await backend.statement('Rights for all', patch);
    if (open) made = await backend.call('statements_set_status', { id: made.id, status: 'open', confirmed: true });
    for (const name of signOns) await backend.signOn(made.id, name, { status: 'confirmed' });
    return { backend, made };
  }
  const updates = (backend: RealBackend) => backend.sent.filter(([cmd]) => cmd === 'statements_update').map(([, a]) => a.patch);

  it('clears the signatory goal when its field is emptied', async () => {
    const { backend, made } = await stored({ signatoryGoal: 250 });
    render(DetailsForm, { statement: made, onsaved: () => {} });
    const field = screen.getByLabelText('Signatory goal') as HTMLInputElement;
    expect(field.value).toBe('250');
    await fireEvent.change(field, { target: { value: '' } });
    await waitFor(() => expect(updates(backend)).toEqual([{ signatoryGoal: 0 }]));
    await waitFor(async () => expect((await backend.call('statements_get', { id: made.id })).signatoryGoal).toBeNull());
  });

  it('says which detail was saved, and shows an empty date as empty', async () => {
    const { backend, made } = await stored();
    render(DetailsForm, { statement: made, onsaved: () => {} });
    const deadline = screen.getByLabelText('Sign-on deadline') as HTMLInputElement;
    expect(deadline.value).toBe('');
    expect(deadline.placeholder).toMatch(/^e\.g\. /);
    expect(screen.getByTestId('details-saved').textContent).toBe('');
    await fireEvent.change(screen.getByLabelText('Place'), { target: { value: 'Geneva' } });
    await waitFor(() => expect(screen.getByTestId('details-saved').textContent).toBe('Place: saved'));
    await fireEvent.change(screen.getByLabelText('Issued by (one per line)'), { target: { value: 'MFA' } });
    await waitFor(() => expect(screen.getByTestId('details-saved').textContent).toBe('Issued by: saved'));
    const now = await backend.call('statements_get', { id: made.id });
    expect([now.place, now.issuedBy]).toEqual(['Geneva', 'MFA']);
  });

  it('takes a deadline typed with dashes or in words, and says when it is not a date', async () => {
    const { backend, made } = await stored();
    render(DetailsForm, { statement: made, onsaved: () => {} });
    const deadline = screen.getByLabelText('Sign-on deadline') as HTMLInputElement;
    await fireEvent.input(deadline, { target: { value: '2026-12-15' } });
    await fireEvent.change(deadline);
    await waitFor(() => expect(updates(backend)).toEqual([{ deadline: '2026-12-15' }]));
    await fireEvent.input(deadline, { target: { value: '31 Feb 2027' } });
    await fireEvent.change(deadline);
    expect((await screen.findByRole('alert')).textContent).toContain('“31 Feb 2027” is not a date');
    expect(updates(backend)).toHaveLength(1);
    await fireEvent.input(deadline, { target: { value: '1 March 2027' } });
    await fireEvent.change(deadline);
    await waitFor(() => expect(updates(backend)).toEqual([{ deadline: '2026-12-15' }, { deadline: '2027-03-01' }]));
    expect(screen.queryByRole('alert')).toBeNull();
    expect((await backend.call('statements_get', { id: made.id })).deadline).toBe('2027-03-01');
  });

  it('asks before going back to draft when endorsements exist', async () => {
    const { backend, made } = await stored({}, true, ['Kalayaan', 'Red Migrante', 'Migrant Voice']);
    const saved: Statement[] = [];
    render(DetailsForm, { statement: made, onsaved: (s: Statement) => saved.push(s) });
    const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: 'draft' } });
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toMatch(/\b3\b/);
    await fireEvent.click(screen.getByRole('button', { name: 'Change status anyway' }));
    await waitFor(() => expect(saved.map((s) => s.status)).toEqual(['draft']));
    expect(backend.sent.filter(([cmd]) => cmd === 'statements_set_status').map(([, a]) => a.confirmed)).toEqual([false, true]);
    expect((await backend.call('statements_get', { id: made.id })).status).toBe('draft');
  });

  it('keeps the status when the question is declined, and shows field errors inline', async () => {
    const { backend, made } = await stored({}, true, ['Kalayaan']);
    render(DetailsForm, { statement: made, onsaved: () => {} });
    const select = screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement;
    await fireEvent.change(select, { target: { value: 'draft' } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Keep status' }));
    expect(select.value).toBe('open');
    expect((await backend.call('statements_get', { id: made.id })).status).toBe('open');
    await fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: '' } });
    expect((await screen.findByRole('alert')).textContent).toContain('A statement needs a title. Type one');
  });
});

describe('HistoryPanel', () => {
  it('compares two versions, or one with the current text, and restores', async () => {
    const backend = await installRealBackend();
    const { id } = await backend.statement('Rights for all', { body: 'We stand together.' });
    await backend.call('statements_save_revision', { id, label: 'first', pause: false });
    await backend.call('statements_update', { id, patch: { body: 'We stand together now.' } });
    await backend.call('statements_save_revision', { id, label: '', pause: true });
    await backend.call('statements_update', { id, patch: { body: 'We stand together now and always.' } });
    let restored = 0;
    render(HistoryPanel, { id, onrestored: () => (restored += 1) });
    const boxes = await screen.findAllByRole('checkbox');
    // The first version has nothing before it: its words, not "changed".
    const items = screen.getAllByTestId('revision').map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/\d+ words? changed/);
    expect(items[1]).toMatch(/\d+ words?, title and details included/);
    expect(items[1]).not.toContain('changed');
    await fireEvent.click(boxes[1]); // version 1 (newest first)
    await fireEvent.click(screen.getByRole('button', { name: 'Compare with current text' }));
    const differences = await screen.findByRole('region', { name: 'Differences' });
    await waitFor(() => expect([...differences.querySelectorAll('ins')].map((el) => el.textContent).join(' ')).toContain('always'));
    await fireEvent.click(boxes[0]);
    await fireEvent.click(screen.getByRole('button', { name: 'Compare the two versions' }));
    await waitFor(() => {
      const added = [...screen.getByRole('region', { name: 'Differences' }).querySelectorAll('ins')].map((el) => el.textContent).join(' ');
      expect(added).toContain('now');
      expect(added).not.toContain('always');
    });
    await fireEvent.click(boxes[0]); // only version 1 left
    await fireEvent.click(screen.getByRole('button', { name: 'Restore this version' }));
    await waitFor(() => expect(restored).toBe(1));
    expect(backend.sent.find(([cmd]) => cmd === 'statements_restore_revision')?.[1]).toEqual({ id, number: 1 });
    expect((await backend.call('statements_get', { id })).body).toBe('We stand together.');
  });
});

describe('a translation', () => {
  it('shows the original sign-ons read-only, and opens the original on the same tab', async () => {
    const backend = await installRealBackend();
    const original = await backend.statement('Rights for all');
    const translation = await backend.call('statements_translate', { id: original.id, language: 'es' });
    await backend.call('statements_update', { id: translation.id, patch: { title: 'Derechos para todos' } });
    const opened: [string, string | undefined][] = [];
    render(StatementPage, {
      id: translation.id,
      startTab: 'signatories',
      onclose: () => {},
      onopen: (id: string, tab?: string) => opened.push([id, tab]),
    });
    const banner = await screen.findByTestId('sign-ons-with-original');
    expect(banner.textContent).toContain('Rights for all');
    expect(screen.getByRole('tab', { name: 'Signatories' }).getAttribute('aria-selected')).toBe('true');
    await fireEvent.click(screen.getByRole('button', { name: 'Open the original' }));
    expect(opened).toEqual([[original.id, 'signatories']]);
  });
});

describe('a translation not yet translated', () => {
  /** A Spanish version of a statement, as core makes it: the original's words until someone translates them. */
  async function translated(patch?: { title: string; body: string }) {
    const backend = await installRealBackend();
    const original = await backend.statement('Rights for all', { body: 'We demand justice.' });
    const translation = await backend.call('statements_translate', { id: original.id, language: 'es' });
    if (patch) await backend.call('statements_update', { id: translation.id, patch });
    return translation.id;
  }

  it('says so until its text differs from the original’s', async () => {
    render(StatementPage, { id: await translated(), onclose: () => {} });
    expect((await screen.findByTestId('not-translated')).textContent).toContain('this Spanish version still has the original’s words');
  });

  it('says nothing once it is translated', async () => {
    const id = await translated({ title: 'Derechos para todos', body: 'Exigimos justicia.' });
    render(StatementPage, { id, onclose: () => {} });
    await screen.findByRole('heading', { level: 1, name: 'Derechos para todos' });
    // The original has loaded beside it (its pane is there) and still nothing is said.
    await screen.findByText(/^Original \(/);
    expect(screen.queryByTestId('not-translated')).toBeNull();
  });
});

describe('the editor toolbar', () => {
  it('is one tab stop; the arrow keys, Home and End move along it', async () => {
    const { id } = await withBody();
    render(StatementPage, { id, onclose: () => {} });
    const toolbar = await screen.findByRole('toolbar');
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
    buttons[0].focus();
    await fireEvent.keyDown(buttons[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    await fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[6]);
    await fireEvent.keyDown(buttons[6], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[0]);
    await fireEvent.keyDown(buttons[0], { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[6]);
    // Tab comes back to the one used last.
    expect(buttons.map((b) => b.tabIndex).filter((t) => t === 0)).toHaveLength(1);
    expect(buttons[6].tabIndex).toBe(0);
  });
});
