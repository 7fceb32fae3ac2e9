import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Markdown } from '@tiptap/markdown';

// The editor's Markdown must equal the stored Markdown for the kinds of text
// statements hold, or opening a statement and typing one word would rewrite
// the rest of it.
describe('editor Markdown round trip', () => {
  const body = [
    '# We, the undersigned',
    '“We, the undersigned” – organizations of migrants — stand\u00a0together.',
    '**Bold line**',
    '*28 November 2026*',
    '- one\n- two',
    '1. first\n2. second',
    '> quoted [link](https://example.org)',
    'نحن الموقعين أدناه',
    'אנחנו החתומים מטה',
  ].join('\n\n');

  // Each editor is destroyed after its test: a live one keeps a DOM observer
  // whose timer can fire after the test file's document is gone.
  const made: Editor[] = [];
  afterEach(() => {
    for (const e of made.splice(0)) e.destroy();
  });

  function editor(content: string) {
    const e = new Editor({
      element: document.createElement('div'),
      extensions: [StarterKit, Markdown],
      content,
      contentType: 'markdown',
      injectCSS: false,
    });
    made.push(e);
    return e;
  }

  it('gives back the stored Markdown unchanged', () => {
    expect(editor(body).getMarkdown()).toBe(body);
  });

  it('changes only what was edited', () => {
    const e = editor(body);
    e.commands.insertContentAt(3, 'X');
    expect(e.getMarkdown()).toBe(body.replace('# We,', '# WeX,'));
  });
});
