import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { installRealBackend } from '../../test/real-backend';
import type { ImportedStatement } from '../../lib/api';
import ImportButton from './ImportButton.svelte';

/** jsdom's File has no text()/arrayBuffer(); the webview's has. */
function file(content: string | Uint8Array, name: string): File {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    text: async () => new TextDecoder().decode(bytes),
    arrayBuffer: async () => bytes.slice().buffer,
  } as unknown as File;
}

function pick(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  return fireEvent.change(input);
}

describe('ImportButton', () => {
  it('sends Markdown as text and .docx as raw bytes, its name in a header', async () => {
    const backend = await installRealBackend();
    const imported: string[] = [];
    render(ImportButton, { onimported: (made: ImportedStatement) => imported.push(made.statement.title) });
    const input = screen.getByLabelText(/Import from file/) as HTMLInputElement;
    await pick(input, file('# Stop the deportations\n\n“We, the undersigned”', 'statement.md'));
    await waitFor(() => expect(imported).toEqual(['Stop the deportations']));
    expect((await backend.call('statements_list')).map((s) => s.title)).toEqual(['Stop the deportations']);
    expect(backend.sent[0]).toEqual(['statements_import_markdown', { text: '# Stop the deportations\n\n“We, the undersigned”', fileName: 'statement.md' }]);

    // The first bytes of a zip, and no more: core reads them, and names the file it was given.
    await pick(input, file(new Uint8Array([80, 75, 3, 4]), 'Déclaration.DOCX'));
    expect((await screen.findByRole('alert')).textContent).toContain('Déclaration.DOCX');
    expect(backend.calls).toEqual(['statements_import_markdown', 'statements_import_docx']);
    expect(await backend.call('statements_list')).toHaveLength(1);
  });

  it('shows core’s message when the file is refused, and makes nothing', async () => {
    const backend = await installRealBackend();
    render(ImportButton, { onimported: () => {} });
    const input = screen.getByLabelText(/Import from file/) as HTMLInputElement;
    await pick(input, file('x', 'statement.docx'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^The file could not be imported: statement\.docx/);
    expect(await backend.call('statements_list')).toEqual([]);
  });
});
