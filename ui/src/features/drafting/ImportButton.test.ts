import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { mockIPC } from '@tauri-apps/api/mocks';
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
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return { statement: { id: cmd === 'statements_import_docx' ? 'd' : 'm' }, warnings: [] } as unknown as ImportedStatement;
    });
    // The mock drops the call's options; look at them on the way in.
    const internals = (window as unknown as { __TAURI_INTERNALS__: { invoke: (...a: unknown[]) => Promise<unknown> } })
      .__TAURI_INTERNALS__;
    const mocked = internals.invoke;
    const options: unknown[] = [];
    internals.invoke = (cmd, args, opts) => {
      options.push(opts);
      return mocked(cmd, args, opts);
    };
    const imported: string[] = [];
    render(ImportButton, { onimported: (made: ImportedStatement) => imported.push(made.statement.id) });
    const input = screen.getByLabelText(/Import from file/) as HTMLInputElement;
    await pick(input, file('# Title\n\n“Text”', 'statement.md'));
    await waitFor(() => expect(imported).toEqual(['m']));
    await pick(input, file(new Uint8Array([80, 75, 3, 4]), 'Statement.DOCX'));
    await waitFor(() => expect(imported).toEqual(['m', 'd']));
    expect(calls[0]).toEqual(['statements_import_markdown', { text: '# Title\n\n“Text”', fileName: 'statement.md' }]);
    expect(calls[1][0]).toBe('statements_import_docx');
    expect(calls[1][1]).toBeInstanceOf(Uint8Array);
    expect([...(calls[1][1] as Uint8Array)]).toEqual([80, 75, 3, 4]);
    expect(options[1]).toEqual({ headers: { 'file-name': 'Statement.DOCX' } });
  });

  it('shows the backend message when the file is refused', async () => {
    mockIPC(() => {
      throw { code: 'invalid', message: 'statement.docx: not a Word document' };
    });
    render(ImportButton, { onimported: () => {} });
    const input = screen.getByLabelText(/Import from file/) as HTMLInputElement;
    await pick(input, file('x', 'statement.docx'));
    expect((await screen.findByRole('alert')).textContent).toBe('statement.docx: not a Word document');
  });
});
