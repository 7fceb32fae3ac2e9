import { describe, expect, it } from 'vitest';
import { catalogs, chosenLanguage, knowChosenLanguage, m, systemLanguage, useLanguage, windowLanguages } from '../messages';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
const probesIn = (text: string) => [...text.matchAll(/⟦\w+⟧/g)].map((found) => found[0]).sort();

/** A failure's details (`errors.*` take them by name): each detail is its own probe, or `value`. */
const details = (value?: string) =>
  new Proxy({} as Record<string, string>, { get: (_, name) => (typeof name === 'string' ? (value ?? `⟦${name}⟧`) : undefined) });
const isError = (path: string) => path.startsWith('errors.');

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
      const args = isError(path) ? [details()] : probes(value.length);
      const theirs = own.get(path) as (...args: unknown[]) => string;
      expect(`${path}: ${probesIn(theirs(...args)).join(' ')}`).toBe(`${path}: ${probesIn(value(...args)).join(' ')}`);
    }
  });

  it('writes a sentence for every count, with no hole in it', () => {
    for (const [path, value] of english) {
      if (typeof value !== 'function') continue;
      const theirs = own.get(path) as (...args: number[]) => string;
      for (const n of COUNTS) {
        const args = isError(path) ? [details(String(n))] : Array.from({ length: Math.max(value.length, 4) }, () => n);
        let englishText: string;
        try {
          englishText = value(...(args as never[]));
        } catch {
          continue; // a parameter that is not a number
        }
        const text = (theirs as (...args: unknown[]) => string)(...args);
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
      // Odd parts are marked: code (a file name such as "-wal") is never
      // translated; words in emphasis (a button's name) are.
      value.forEach((part, i) => {
        if (i % 2 === 1 && !/\s/.test(part)) expect(`${path}[${i}]: ${theirs[i]}`).toBe(`${path}[${i}]: ${part}`);
      });
    }
  });

  it('names a button as the button itself is named', () => {
    expect(catalog.backups.none[1]).toBe(catalog.backups.backUpNow);
  });

  it('is translated, not English with a few words changed', () => {
    const strings = [...english].filter(([, value]) => typeof value === 'string' && value.length > 12);
    const same = strings.filter(([path, value]) => own.get(path) === value).map(([path]) => path);
    expect(same.length, `left in English: ${same.join(', ')}`).toBeLessThan(strings.length * 0.05);
    expect(catalog.locale).toBe(language);
  });
});

/** Every failure core names (`@domain` tag, variant in snake case), read from its sources. */
function coreErrorKeys(): string[] {
  const keys: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.rs')) {
        const source = readFileSync(path, 'utf8');
        for (const tagged of source.matchAll(/#\[serde\(tag = "@(\w+)"[^\n]*\npub enum \w+ \{\n([\s\S]*?)\n\}\n/g)) {
          const [, domain, body] = tagged;
          // A variant is a line of four spaces and a capital; `untagged` and `skip` ones have no key of their own.
          const lines = body.split('\n');
          lines.forEach((line, i) => {
            const variant = /^    ([A-Z]\w*)\b/.exec(line);
            if (!variant) return;
            const above = lines.slice(Math.max(0, i - 3), i).join(' ');
            if (/serde\((untagged|skip)\)/.test(above)) return;
            keys.push(`${domain}.${variant[1].replace(/(?<!^)([A-Z])/g, '_$1').toLowerCase()}`);
          });
        }
      }
    }
  };
  walk(join(__dirname, '../../../../crates/core/src'));
  return keys.sort();
}

describe('the words for failures', () => {
  it('cover every failure core names, and nothing else', () => {
    const keys = coreErrorKeys();
    expect(keys.length).toBeGreaterThan(80);
    expect(Object.keys(en.errors).sort()).toEqual(keys);
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

  it('is the one the shell says was chosen, when the window speaks it', () => {
    expect(knowChosenLanguage('ar')).toBe('ar');
    expect(chosenLanguage()).toBe('ar');
    expect(knowChosenLanguage(null)).toBeNull();
    expect(knowChosenLanguage('xx')).toBeNull();
    expect(knowChosenLanguage('de')).toBeNull();
    expect(chosenLanguage()).toBeNull();
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
