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

/**
 * The language chosen in Settings, as the shell keeps it (a file of this
 * user's on this computer, not the database, which colleagues may share);
 * none: follow the system.
 */
let chosen: WindowLanguage | null = null;

export function chosenLanguage(): WindowLanguage | null {
  return chosen;
}

/** Keeps what the shell says was chosen; anything the window does not speak counts as no choice. */
export function knowChosenLanguage(tag: unknown): WindowLanguage | null {
  chosen = isWindowLanguage(tag) ? tag : null;
  return chosen;
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
