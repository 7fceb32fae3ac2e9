import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installFakeBackend, type FakeBackend } from '../../test/fake-backend';
import ExportView from './ExportView.svelte';

function withSignatories(backend: FakeBackend, names: string[]) {
  const statementId = backend.statements[0].id;
  const at = backend.statements[0].createdAt;
  names.forEach((name, i) =>
    backend.endorsements.push({
      id: `e${i}`,
      statementId,
      kind: 'organization',
      organizationId: null,
      personId: null,
      name,
      affiliation: '',
      organization: '',
      city: '',
      country: '',
      countryCode: null,
      channel: 'email',
      receivedOn: null,
      revisionId: null,
      revisionNumber: 1,
      notes: '',
      visibility: 'public',
      status: 'confirmed',
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
    }),
  );
  return statementId;
}

describe('ExportView', () => {
  it('shows the first pages as pictures and draws more on request', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const names = Array.from({ length: 75 }, (_, i) => `Org ${i}`);
    const statementId = withSignatories(backend, names);
    render(ExportView, { statementId });
    const preview = await screen.findByTestId('export-preview');
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(4));
    const first = preview.querySelector('img');
    expect(first?.getAttribute('alt')).toBe('Page 1 of 9');
    // Pages are pictures; names inside them are escaped SVG text, never markup.
    expect(first?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    await fireEvent.click(screen.getByRole('button', { name: 'Show more pages' }));
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(8));
    await fireEvent.click(screen.getByRole('button', { name: 'Show more pages' }));
    await waitFor(() => expect(preview.querySelectorAll('img')).toHaveLength(9));
    expect(screen.queryByRole('button', { name: 'Show more pages' })).toBeNull();
  });

  it('offers paper for printed formats and PDF/A for PDF only', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = withSignatories(backend, ['Kalayaan']);
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

  it('says which signatory cannot be printed', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = withSignatories(backend, ['Kalayaan', 'Collectif \u0378bis']);
    render(ExportView, { statementId });
    const alert = await screen.findByTestId('export-preview-error');
    expect(alert.textContent).toContain('U+0378');
    expect(alert.textContent).toContain('Collectif');
  });

  it('lists past exports by format name and a date of the locale, not by codes', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = backend.statements[0].id;
    backend.exports.push({
      id: 'x1', statementId, revisionNumber: 2, format: 'html_fragment', fileName: 'statement.html', sha256: 'ab',
      signatoryCount: 12, signedKeyId: null, createdAt: '2026-11-28T09:05:00Z',
    });
    render(ExportView, { statementId });
    const row = (await screen.findByText('statement.html')).closest('tr')!;
    expect(row.textContent).toContain('HTML to paste into a website');
    expect(row.textContent).not.toContain('html_fragment');
    expect(row.textContent).not.toContain('2026-11-28');
  });
});

describe('ExportView saving', () => {
  it('says the name of the file the shell saved, and nothing when the organizer cancelled', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = withSignatories(backend, ['Kalayaan']);
    backend.dialogs = [null, 'stop-the-deportations.pdf'];
    render(ExportView, { statementId });
    const save = await screen.findByRole('button', { name: 'Save…' });
    await fireEvent.click(save);
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
    expect(backend.exports).toEqual([]);
    expect(screen.queryByText(/^Saved/)).toBeNull();

    await fireEvent.click(save);
    expect(await screen.findByText('Saved stop-the-deportations.pdf.')).toBeTruthy();
    expect(backend.exports.map((x) => x.fileName)).toEqual(['stop-the-deportations.pdf']);
    expect(backend.dialogs).toEqual([]);
  });
});

describe('ExportView ways on', () => {
  it('without a key, leads to Settings to make one', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = withSignatories(backend, ['Kalayaan']);
    let went = 0;
    render(ExportView, { statementId, onsettings: () => (went += 1) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Go to Settings' }));
    expect(went).toBe(1);
  });

  it('zooms the preview in and out', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    const statementId = withSignatories(backend, ['Kalayaan']);
    render(ExportView, { statementId });
    const preview = await screen.findByTestId('export-preview');
    expect(screen.getByTestId('zoom-level').textContent).toBe('100 %');
    await fireEvent.click(screen.getByRole('button', { name: 'Larger' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Larger' }));
    expect(screen.getByTestId('zoom-level').textContent).toBe('200 %');
    expect(preview.style.getPropertyValue('--page-width')).toBe('44rem');
    expect((screen.getByRole('button', { name: 'Larger' }) as HTMLButtonElement).disabled).toBe(true);
    for (let i = 0; i < 3; i += 1) await fireEvent.click(screen.getByRole('button', { name: 'Smaller' }));
    expect(preview.style.getPropertyValue('--page-width')).toBe('14rem');
    expect((screen.getByRole('button', { name: 'Smaller' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('ExportView signing', () => {
  it('signs by default once the organization has a key', async () => {
    const backend = installFakeBackend([{ title: 'Stop the deportations' }]);
    backend.key = { keyId: '5EE4C6C8D5A9D1A1', publicKey: 'untrusted comment: minisign public key\nRW…', label: 'Coalition' };
    const statementId = withSignatories(backend, ['Kalayaan']);
    render(ExportView, { statementId });
    const box = (await screen.findByLabelText(/Sign with the organization’s key/)) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByLabelText(/Key passphrase/)).toBeTruthy();
  });
});
