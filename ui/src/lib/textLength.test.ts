import { describe, expect, it } from 'vitest';
import { lengthNote, lineLength } from './textLength';

describe('text length', () => {
  it('counts characters, not UTF-16 units, after folding whitespace', () => {
    expect(lineLength('🌍'.repeat(300))).toBe(300);
    expect('🌍'.repeat(300).length).toBe(600);
    expect(lineLength('  Stop \n the\tpushbacks  ')).toBe('Stop the pushbacks'.length);
    expect(lineLength('a\u00a0b')).toBe(3);
    expect(lineLength(' \u00a0a ')).toBe(2);
    // Core removes direction overrides before it counts.
    expect(lineLength('Report\u202egnp.exe')).toBe('Reportgnp.exe'.length);
  });

  it('says nothing well within the limit, counts near it, and refuses past it', () => {
    expect(lengthNote('short', 300)).toBeNull();
    expect(lengthNote('ب'.repeat(280), 300)).toEqual({ text: '280 of 300 characters', over: false });
    expect(lengthNote('ب'.repeat(301), 300)).toEqual({
      text: 'The title is 301 characters long; keep it to 300.',
      over: true,
    });
  });
});
