import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import type { StatementPatch } from '../../lib/api';
import { installRealBackend, type RealBackend } from '../../test/real-backend';
import ExportView from './ExportView.svelte';

/** A statement with these confirmed signatories, made through the commands. */
async function withSignatories(backend: RealBackend, names: string[], patch?: StatementPatch): Promise<string> {
  const { id: statementId } = await backend.statement('Stop the deportations', patch);
  for (const name of names) await backend.signOn(statementId, name, { status: 'confirmed', channel: 'email' });
  return statementId;
}

describe('ExportView', () => {
  it('shows the first pages as pictures and draws more on request', async () => {
    const backend = await installRealBackend();
    // Text enough for more than eight pages, as core lays it out.
    const paragraph = 'We call on every government to end the deportations and to respect the rights of migrant workers. '.repeat(6);
    const statementId = await withSignatories(backend, ['Kalayaan'], { body: Array(70).fill(paragraph).join('\n\n') });
    render(ExportView, { statementId });
    const preview = await screen.findByTestId('export-preview', {}, { timeout: 10_000 });
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(4), { timeout: 10_000 });
    const first = preview.querySelector('img');
    const pageCount = Number(/^Page 1 of (\d+)$/.exec(first?.getAttribute('alt') ?? '')?.[1]);
    expect(pageCount).toBeGreaterThan(8);
    expect(pageCount).toBeLessThanOrEqual(12);
    // Pages are pictures; names inside them are escaped SVG text, never markup.
    expect(first?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    await fireEvent.click(screen.getByRole('button', { name: 'Show more pages' }));
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(8), { timeout: 10_000 });
    await fireEvent.click(screen.getByRole('button', { name: 'Show more pages' }));
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(pageCount), { timeout: 10_000 });
    expect(screen.queryByRole('button', { name: 'Show more pages' })).toBeNull();
  });

  it('offers paper for printed formats and PDF/A for PDF only', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan']);
    render(ExportView, { statementId });
    await screen.findByTestId('export-preview');
    const format = screen.getByLabelText('Format') as HTMLSelectElement;
    expect(format.value).toBe('pdf');
    expect(screen.getByLabelText('Paper')).toBeTruthy();
    expect(screen.getByLabelText('PDF/A for archiving')).toBeTruthy();
    await fireEvent.change(format, { target: { value: 'docx' } });
    expect(screen.getByLabelText('Paper')).toBeTruthy();
    expect(screen.queryByLabelText('PDF/A for archiving')).toBeNull();
    await fireEvent.change(format, { target: { value: 'csv' } });
    expect(screen.queryByLabelText('Paper')).toBeNull();
    expect(screen.getByText(/make the organization’s key in Settings/)).toBeTruthy();
    expect(screen.queryByLabelText(/Sign with/)).toBeNull();
    expect(screen.queryByTestId('export-all-languages')).toBeNull();
  });

  it('says when country names or the count line will print in English', async () => {
    const backend = await installRealBackend();
    const german = await withSignatories(backend, ['Kalayaan'], { language: 'de' });
    const { unmount } = render(ExportView, { statementId: german });
    await screen.findByTestId('export-preview', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('export-countries-in-english')).toBeNull();
    expect(screen.queryByTestId('export-words-in-english')).toBeNull();
    unmount();
    // A language the CLDR data has no country names in (a private-use tag).
    const other = await withSignatories(backend, ['Kalayaan'], { language: 'qaa' });
    render(ExportView, { statementId: other });
    const note = await screen.findByTestId('export-countries-in-english', {}, { timeout: 10_000 });
    expect(note.textContent).toContain('Country names print in English');
    expect(screen.getByTestId('export-words-in-english').textContent).toContain('The count line and the headings print in English');
  });

  it('says which signatory cannot be printed', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan', 'Collectif \u0378bis']);
    render(ExportView, { statementId });
    const alert = await screen.findByTestId('export-preview-error');
    expect(alert.textContent).toContain('U+0378');
    expect(alert.textContent).toContain('Collectif');
  });

  it('lists past exports by format name and a date of the locale, not by codes', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan']);
    await backend.answerDialogs(['statement.docx']);
    await backend.call('export_save', {
      statementId, format: 'docx', options: { groupBy: 'none', paper: 'a4', archival: false }, passphrase: null, title: 'Export',
    });
    const today = new Date().toISOString().slice(0, 10);
    render(ExportView, { statementId });
    const row = (await screen.findByText('statement.docx')).closest('tr')!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim());
    expect(cells).toContain('Word document (DOCX)');
    expect(cells).not.toContain('docx');
    expect(row.textContent).not.toContain(today);
  });
});

describe('ExportView saving', () => {
  it('says the name of the file the shell saved, and nothing when the organizer cancelled', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan']);
    await backend.answerDialogs([null, 'stop-the-deportations.pdf']);
    render(ExportView, { statementId });
    const save = await screen.findByRole('button', { name: 'Save…' });
    await fireEvent.click(save);
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
    expect(await backend.call('exports_list', { statementId })).toEqual([]);
    expect(screen.queryByText(/^Saved/)).toBeNull();

    await fireEvent.click(save);
    expect(await screen.findByText('Saved stop-the-deportations.pdf.')).toBeTruthy();
    expect((await backend.call('exports_list', { statementId })).map((x) => x.fileName)).toEqual(['stop-the-deportations.pdf']);
    expect(new TextDecoder().decode((await backend.readFile('stop-the-deportations.pdf')).slice(0, 5))).toBe('%PDF-');
  });
});

describe('ExportView ways on', () => {
  it('without a key, leads to Settings to make one', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan']);
    let went = 0;
    render(ExportView, { statementId, onsettings: () => (went += 1) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Go to Settings' }));
    expect(went).toBe(1);
  });

  it('zooms the preview in and out', async () => {
    const backend = await installRealBackend();
    const statementId = await withSignatories(backend, ['Kalayaan']);
    render(ExportView, { statementId });
    const preview = await screen.findByTestId('export-preview');
    expect(screen.getByTestId('zoom-level').textContent).toBe('100%');
    await fireEvent.click(screen.getByRole('button', { name: 'Larger' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Larger' }));
    expect(screen.getByTestId('zoom-level').textContent).toBe('200%');
    expect(preview.style.getPropertyValue('--page-width')).toBe('44rem');
    expect((screen.getByRole('button', { name: 'Larger' }) as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 3; i += 1) await fireEvent.click(screen.getByRole('button', { name: 'Smaller' }));
    expect(preview.style.getPropertyValue('--page-width')).toBe('14rem');
    expect((screen.getByRole('button', { name: 'Smaller' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ExportView signing', () => {
  it('signs by default once the organization has a key', async () => {
    const backend = await installRealBackend();
    await backend.call('keys_create', { passphrase: 'correct horse battery', label: 'Coalition' });
    const statementId = await withSignatories(backend, ['Kalayaan']);
    render(ExportView, { statementId });
    const box = (await screen.findByLabelText(/Sign with the organization’s key/)) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByLabelText(/Key passphrase/)).toBeTruthy();
  });
});
