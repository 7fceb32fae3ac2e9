import { m } from './messages';

// Dates as an organizer reads them: recent changes relative, older ones as a date.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatChanged(isoUtc: string, now: Date = new Date(), locale: string = m.locale): string {
  const then = new Date(isoUtc);
  if (Number.isNaN(then.getTime())) return '';
  const elapsed = now.getTime() - then.getTime();
  if (elapsed < MINUTE) return m.time.justNow;
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), 'day');
  const sameYear = then.getFullYear() === now.getFullYear();
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
  }).format(then);
}

/**
 * A calendar date (`YYYY-MM-DD`) as the organizer's locale writes it
 * ("28 Nov 2026", "Nov 28, 2026"); anything else is shown as it is.
 */
export function formatDate(date: string | null | undefined, locale: string = m.locale): string {
  if (!date) return '';
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return date;
  const day = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** A moment (an ISO timestamp) as the organizer's locale writes a date and time, in local time. */
export function formatDateTime(iso: string | null | undefined, locale: string = m.locale): string {
  if (!iso) return '';
  const then = new Date(iso);
  if (Number.isNaN(then.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(then);
}

/** A country's name from its ISO 3166-1 code, in the window's language; the code if unknown. */
export function countryName(code: string | null | undefined, locale: string = m.locale): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function statusLabel(status: keyof typeof m.status): string {
  return m.status[status];
}

/**
 * How a sign-on deadline (`YYYY-MM-DD`, the last day to sign) stands on
 * `now`'s calendar day: days left, the last day, or how long ago it passed.
 */
export function deadlineLabel(deadline: string | null, now: Date = new Date()): { text: string; urgent: boolean; past: boolean } | null {
  if (!deadline) return null;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(deadline);
  if (!parts) return null;
  const due = Date.UTC(+parts[1], +parts[2] - 1, +parts[3]);
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((due - today) / DAY);
  const t = m.deadline;
  if (days < 0) return { text: days === -1 ? t.closedYesterday : t.closedDaysAgo(-days), urgent: false, past: true };
  if (days === 0) return { text: t.lastDay, urgent: true, past: false };
  return { text: t.daysLeft(days), urgent: days <= 3, past: false };
}

/**
 * A date as an organizer types it, to YYYY-MM-DD; null when it is not one.
 * Takes 2026-12-15, the locale's numeric order with any of / . - or spaces
 * (15/12/2026 where days come first, 12/15/2026 where months do), in
 * Latin, Arabic or Persian digits, and month
 * names or their short forms in the locale or English ("15 Dec 2026",
 * "December 15, 2026"). A two-digit year is in this century.
 */
export function parseDate(typed: string, locale: string = m.locale): string | null {
  // Digits as Arabic and Persian write them read as 0–9; Arabic's comma and the marks around them as spaces.
  const text = typed
    .trim()
    .toLowerCase()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c]/g, '')
    .replace(/[,،]/g, ' ');
  if (!text) return null;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (iso) return checked(+iso[1], +iso[2], +iso[3]);

  const numeric = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{2}|\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, y] = [+numeric[1], +numeric[2], year(numeric[3])];
    return monthFirst(locale) ? checked(y, a, b) : checked(y, b, a);
  }

  const words = text.split(/[\s.]+/).filter(Boolean);
  if (words.length !== 3) return null;
  const month = words.findIndex((w) => monthOf(w, locale) !== null);
  if (month < 0) return null;
  const rest = words.filter((_, i) => i !== month);
  if (!rest.every((w) => /^\d{1,4}(st|nd|rd|th|er|º)?$/.test(w))) return null;
  const [day, y] = rest.map((w) => w.replace(/\D+$/, ''));
  return checked(year(y), monthOf(words[month], locale)!, +day);
}

function year(text: string): number {
  return text.length === 2 ? 2000 + +text : +text;
}

function checked(y: number, mo: number, d: number): string | null {
  if (y < 1000 || y > 9999 || mo < 1 || mo > 12 || d < 1) return null;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether the locale writes numeric dates month first (12/15/2026). */
function monthFirst(locale?: string): boolean {
  const parts = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(
    new Date(Date.UTC(2026, 11, 15)),
  );
  return parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day');
}

/** A month's number from its name or short form, in the locale or English. */
function monthOf(word: string, locale?: string): number | null {
  const clean = word.replace(/\.$/, '');
  if (clean.length < 3) return null;
  for (const loc of [locale, 'en']) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(loc, { month: style, timeZone: 'UTC' });
      for (let mo = 0; mo < 12; mo += 1) {
        const name = format.format(new Date(Date.UTC(2026, mo, 1))).toLowerCase().replace(/\.$/, '');
        if (name === clean || (clean.length >= 3 && name.startsWith(clean) && style === 'long')) return mo + 1;
      }
    }
  }
  return null;
}
