import { describe, expect, it } from 'vitest';
import { catalogs, chosenLanguage, chooseLanguage, m, systemLanguage, useLanguage, windowLanguages } from '../messages';
import { en } from './en';

// Every translation has exactly English's keys, each of the same kind, and
// every placeholder English fills in (a name, a file, a count) appears in the
// translation too: a missing `${name}` would print a sentence about nobody.

/** Every leaf of a catalog by its dotted path. */
function leaves(node: unknown, path = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (node && typeof node === 'object' && !Array.isArray(node)) {
    for (const [key, value] of Object.entries(node)) leaves(value, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, node);
  }
  return out;
}

const kind = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);

/** Arguments no sentence writes by accident, one per parameter. */
const probes = (count: number) => Array.from({ length: Math.max(count, 4) }, (_, i) => `⟦p${i}⟧`);
const probesIn = (text: string) => [...text.matchAll(/⟦p\d+⟧/g)].map((found) => found[0]).sort();

/** Counts that pick each plural form somewhere: Arabic has six, Filipino splits on the last digit. */
const COUNTS = [0, 1, 2, 3, 5, 11, 21, 100, 101, 1_000_000];

const english = leaves(en);
const translations = Object.entries(catalogs).filter(([language]) => language !== 'en');

describe.each(translations)('the %s catalog', (language, catalog) => {
  const own = leaves(catalog);

  it('has every key of the English one, each of the same kind, and no other', () => {
    expect([...own.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, value] of english) expect(`${path}: ${kind(own.get(path))}`).toBe(`${path}: ${kind(value)}`);
  });

  it('fills in every placeholder English fills in', () => {
    for (const [path, value] of english) {
      if (typeof value !== 'function') continue;
      const args = probes(value.length);
      const theirs = own.get(path) as (...args: string[]) => string;
      expect(`${path}: ${probesIn(theirs(...args)).join(' ')}`).toBe(`${path}: ${probesIn(value(...args)).join(' ')}`);
    }
  });

  it('writes a sentence for every count, with no hole in it', () => {
    for (const [path, value] of english) {
      if (typeof value !== 'function') continue;
      const theirs = own.get(path) as (...args: number[]) => string;
      for (const n of COUNTS) {
        const args = Array.from({ length: Math.max(value.length, 4) }, () => n);
        let englishText: string;
        try {
          englishText = value(...(args as never[]));
        } catch {
          continue; // a parameter that is not a number
        }
        const text = theirs(...args);
        expect(englishText).toBeTypeOf('string');
        expect(`${path}(${n}): ${text}`).not.toMatch(/undefined|NaN|\[object|null/);
      }
    }
  });

  it('keeps rich text in the same number of parts, and code as code', () => {
    for (const [path, value] of english) {
      if (!Array.isArray(value)) continue;
      const theirs = own.get(path) as string[];
      expect(`${path}: ${theirs.length}`).toBe(`${path}: ${value.length}`);
      // Odd parts are set as code (file names such as "-wal"): never translated.
      value.forEach((part, i) => {
        if (i % 2 === 1) expect(`${path}[${i}]: ${theirs[i]}`).toBe(`${path}[${i}]: ${part}`);
      });
    }
  });

  it('is translated, not English with a few words changed', () => {
    const strings = [...english].filter(([, value]) => typeof value === 'string' && value.length > 12);
    const same = strings.filter(([path, value]) => own.get(path) === value).map(([path]) => path);
    expect(same.length, `left in English: ${same.join(', ')}`).toBeLessThan(strings.length * 0.05);
    expect(catalog.locale).toBe(language);
  });
});

describe('the window language', () => {
  it('follows the system: the first preferred language the window speaks, Tagalog as Filipino', () => {
    expect(systemLanguage(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(systemLanguage(['tl_PH.UTF-8'])).toBe('fil');
    expect(systemLanguage(['ar-EG'])).toBe('ar');
    expect(systemLanguage(['pt-BR'])).toBe('pt');
    expect(systemLanguage(['de', 'ja'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('is the one chosen in Settings once chosen, and the system’s again once forgotten', () => {
    chooseLanguage('ar');
    expect(chosenLanguage()).toBe('ar');
    chooseLanguage(null);
    expect(chosenLanguage()).toBeNull();
    localStorage.setItem('undersigned.language', 'xx');
    expect(chosenLanguage()).toBeNull();
    localStorage.removeItem('undersigned.language');
  });

  it('mirrors the document for Arabic and only for Arabic', () => {
    try {
      for (const language of Object.keys(windowLanguages) as (keyof typeof windowLanguages)[]) {
        useLanguage(language);
        expect(document.documentElement.lang).toBe(catalogs[language].locale);
        expect(document.documentElement.dir).toBe(language === 'ar' ? 'rtl' : 'ltr');
        expect(m).toBe(catalogs[language]);
      }
    } finally {
      useLanguage('en');
    }
  });
});
