// The word diff as an organizer reads it: Markdown's marks taken out of the
// text (the words stay), and long unchanged stretches folded to a few words
// on each side of a change.
import type { DiffPart } from '../../lib/api';

/** How many words of unchanged text stay on each side of a change. */
export const CONTEXT_WORDS = 12;

export type ShownPart = DiffPart | { change: 'folded'; text: string; words: number };

/** Markdown's marks out of a stretch of text: headings, emphasis, links, list and quote marks. */
export function plainText(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)|(?<=\S)(\*\*|__)/g, '')
    .replace(/(^|[^\w*])[*_](?=\S)|(?<=\S)[*_](?=[^\w*]|$)/gm, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
}

function words(text: string): string[] {
  return text.split(/(?<=\s)(?=\S)/);
}

/** Unchanged text longer than twice the context is folded to its ends. */
export function foldUnchanged(parts: DiffPart[], context = CONTEXT_WORDS): ShownPart[] {
  const out: ShownPart[] = [];
  parts.forEach((part, i) => {
    const text = plainText(part.text);
    if (part.change !== 'same') {
      out.push({ change: part.change, text });
      return;
    }
    const pieces = words(text);
    const keepBefore = i === 0 ? 0 : context;
    const keepAfter = i === parts.length - 1 ? 0 : context;
    if (pieces.length <= keepBefore + keepAfter + 4) {
      out.push({ change: 'same', text });
      return;
    }
    if (keepBefore > 0) out.push({ change: 'same', text: pieces.slice(0, keepBefore).join('') });
    const hidden = pieces.length - keepBefore - keepAfter;
    out.push({ change: 'folded', text: pieces.slice(keepBefore, pieces.length - keepAfter).join(''), words: hidden });
    if (keepAfter > 0) out.push({ change: 'same', text: pieces.slice(pieces.length - keepAfter).join('') });
  });
  return out;
}
