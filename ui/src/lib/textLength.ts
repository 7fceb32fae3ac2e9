// Counting text the way core does: Unicode code points, after the same
// whitespace folding a one-line field gets. `maxlength` counts UTF-16 units
// instead (an emoji is two), so fields use this and say when a limit is reached.

import { m } from './messages';

/** Whitespace a one-line field folds into single spaces; no-break spaces stay. */
const FOLDED = /[\t\n\v\f\r \u0085\u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]+/g;

/** Direction overrides and isolates, which core removes before counting. */
const DIRECTION = /[\u202a-\u202e\u2066-\u2069]/g;

/** The length core will count for a one-line field. */
export function lineLength(raw: string): number {
  // Not trim(): it would also take no-break spaces off the ends, which core keeps.
  return [...raw.replace(DIRECTION, '').replace(FOLDED, ' ').replace(/^ | $/g, '')].length;
}

/** What to tell the organizer about a field's length, or null while well within it. */
export function lengthNote(raw: string, max: number, warnWithin = 30): { text: string; over: boolean } | null {
  const length = lineLength(raw);
  if (length > max) return { text: m.textLength.over(length, max), over: true };
  if (length >= max - warnWithin) return { text: m.textLength.near(length, max), over: false };
  return null;
}
