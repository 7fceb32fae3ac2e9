// The window's words, in one catalog per language: a component takes its
// text from `m`, never from a literal. English (`catalogs/en.ts`) defines the
// shape; each translation beside it is an object of the same type, checked
// key by key and placeholder by placeholder in `catalogs.test.ts`.

import { ar } from './catalogs/ar';
import { en, type Messages } from './catalogs/en';
import { es } from './catalogs/es';
import { fil } from './catalogs/fil';
import { fr } from './catalogs/fr';
import { id } from './catalogs/id';
import { pt } from './catalogs/pt';

export type { Messages };

/** The languages the window speaks, each named in itself. */
export const windowLanguages = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  fil: 'Filipino',
  id: 'Bahasa Indonesia',
  ar: 'العربية',
  pt: 'Português',
} as const;

export type WindowLanguage = keyof typeof windowLanguages;

export const catalogs: Record<WindowLanguage, Messages> = { en, es, fr, fil, id, ar, pt };

export function isWindowLanguage(tag: unknown): tag is WindowLanguage {
  return typeof tag === 'string' && Object.hasOwn(windowLanguages, tag);
}

/** Where the organizer's choice is kept: on this computer, not in the database (colleagues may read others). */
export const LANGUAGE_KEY = 'undersigned.language';

/** The first of the system's preferred languages the window speaks (Tagalog as Filipino), else English. */
export function systemLanguage(preferred: readonly string[] = globalThis.navigator?.languages ?? []): WindowLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_.@]/)[0];
    const known = base === 'tl' ? 'fil' : base;
    if (isWindowLanguage(known)) return known;
  }
  return 'en';
}

/** The window language the system asks for, once the shell has said which languages it prefers. */
export let systemDefault: WindowLanguage = systemLanguage();

/** Keeps the system's preferred languages (the shell's, then the web view's); returns the one the window would speak. */
export function knowSystemLanguages(preferred: readonly string[]): WindowLanguage {
  systemDefault = systemLanguage(preferred);
  return systemDefault;
}

/** The language chosen in Settings, or none (follow the system). */
export function chosenLanguage(): WindowLanguage | null {
  try {
    const chosen = globalThis.localStorage?.getItem(LANGUAGE_KEY);
    return isWindowLanguage(chosen) ? chosen : null;
  } catch {
    return null; // storage refused: follow the system
  }
}

/** Keeps the choice (or forgets it, for `null`); the window applies it when it opens again. */
export function chooseLanguage(language: WindowLanguage | null): void {
  if (language) localStorage.setItem(LANGUAGE_KEY, language);
  else localStorage.removeItem(LANGUAGE_KEY);
}

/** The catalog in use: the one chosen in Settings, else the system's, from before anything is drawn. */
export let m: Messages = en;

/** Speaks `language` from now on, and marks the document's language and direction. */
export function useLanguage(language: WindowLanguage): Messages {
  m = catalogs[language];
  if (typeof document !== 'undefined') {
    document.documentElement.lang = m.locale;
    document.documentElement.dir = m.dir;
  }
  return m;
}

useLanguage(chosenLanguage() ?? systemDefault);
