import { m } from './messages';

// Dates as an organizer reads them: recent changes relative, older ones as a date.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function formatChanged(isoUtc: string, now: Date = new Date(), locale?: string): string {
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
export function formatDate(date: string | null | undefined, locale?: string): string {
  if (!date) return '';
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!parts) return date;
  const day = new Date(Date.UTC(+parts[1], +parts[2] - 1, +parts[3]));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}

/** A moment (an ISO timestamp) as the organizer's locale writes a date and time, in local time. */
export function formatDateTime(iso: string | null | undefined, locale?: string): string {
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
