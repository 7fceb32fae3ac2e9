import { describe, expect, it } from 'vitest';
import { countryName, deadlineLabel, formatChanged, formatDate, formatDateTime, parseDate, statusLabel } from './format';

const now = new Date('2026-11-28T12:00:00.000Z');

describe('formatChanged', () => {
  it('says "just now" under a minute', () => {
    expect(formatChanged('2026-11-28T11:59:31.000Z', now, 'en')).toBe('just now');
  });

  it('counts minutes, hours and days back', () => {
    expect(formatChanged('2026-11-28T11:55:00.000Z', now, 'en')).toBe('5 minutes ago');
    expect(formatChanged('2026-11-28T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(formatChanged('2026-11-27T11:00:00.000Z', now, 'en')).toBe('yesterday');
  });

  it('shows a date for older changes, with the year only when it differs', () => {
    expect(formatChanged('2026-10-02T10:00:00.000Z', now, 'en')).toBe('Oct 2');
    expect(formatChanged('2025-10-02T10:00:00.000Z', now, 'en')).toBe('Oct 2, 2025');
  });

  it('returns nothing for a broken timestamp', () => {
    expect(formatChanged('yesterday-ish', now, 'en')).toBe('');
  });
});

describe('statusLabel', () => {
  it('names each status in the organizers\' words', () => {
    expect(statusLabel('open')).toBe('Open for sign-on');
    expect(statusLabel('draft')).toBe('Draft');
  });
});

describe('deadlineLabel', () => {
  const now = new Date(2026, 10, 28, 23, 30); // late on 28 November, local time
  it('counts calendar days left, the last day included', () => {
    expect(deadlineLabel('2026-12-01', now)).toEqual({ text: '3 days left', urgent: true, past: false });
    expect(deadlineLabel('2026-12-15', now)?.text).toBe('17 days left');
    expect(deadlineLabel('2026-11-29', now)?.text).toBe('1 day left');
    expect(deadlineLabel('2026-11-28', now)?.text).toBe('Last day today');
  });
  it('says when a deadline has passed', () => {
    expect(deadlineLabel('2026-11-27', now)).toEqual({ text: 'Closed yesterday', urgent: false, past: true });
    expect(deadlineLabel('2026-11-20', now)?.text).toBe('Closed 8 days ago');
  });
  it('shows nothing without a deadline or for a broken one', () => {
    expect(deadlineLabel(null, now)).toBeNull();
    expect(deadlineLabel('soon', now)).toBeNull();
  });
});

describe('dates and countries in words', () => {
  it('writes a calendar date the way the locale does, the same day everywhere', () => {
    expect(formatDate('2026-11-28', 'en-GB')).toBe('28 Nov 2026');
    expect(formatDate('2026-11-28', 'en-US')).toBe('Nov 28, 2026');
    expect(formatDate('2026-01-01', 'de-DE')).toBe('01.01.2026');
    expect(formatDate(null)).toBe('');
    expect(formatDate('soon')).toBe('soon');
  });

  it('writes a moment as a date and time of the locale, never as ISO', () => {
    const shown = formatDateTime('2026-11-28T09:05:00Z', 'en-GB');
    expect(shown).toContain('28 Nov 2026');
    expect(shown).not.toContain('T09');
    expect(formatDateTime('garbage')).toBe('garbage');
  });

  it('names a country from its code in the window’s language, and keeps a code it does not know', () => {
    expect(countryName('GB')).toBe('United Kingdom');
    expect(countryName('es')).toBe('Spain');
    expect(countryName('ES', 'fr')).toBe('Espagne');
    expect(countryName('QQ')).toBe('QQ');
    expect(countryName(null)).toBe('');
  });
});

describe('parseDate', () => {
  it('reads dates as people type them, in the locale’s order', () => {
    expect(parseDate('2026-12-15')).toBe('2026-12-15');
    expect(parseDate('2026/1/5')).toBe('2026-01-05');
    expect(parseDate('15/12/2026', 'en-GB')).toBe('2026-12-15');
    expect(parseDate('15.12.26', 'de')).toBe('2026-12-15');
    expect(parseDate('12/15/2026', 'en-US')).toBe('2026-12-15');
    expect(parseDate('15/12/2026', 'en-US')).toBeNull();
    expect(parseDate('15 Dec 2026', 'en-GB')).toBe('2026-12-15');
    expect(parseDate('December 15, 2026', 'en-US')).toBe('2026-12-15');
    expect(parseDate('15 de diciembre 2026', 'es')).toBeNull();
    expect(parseDate('15 diciembre 2026', 'es')).toBe('2026-12-15');
    expect(parseDate('1er décembre 2026', 'fr')).toBe('2026-12-01');
    expect(parseDate('15 December 2026', 'fr')).toBe('2026-12-15');
  });

  it('refuses what is not a date', () => {
    for (const typed of ['', 'soon', '31 Feb 2027', '2026-13-01', '0/0/2026', '15 Dec', '15 Decemberish 2026', '1 2 3 4']) {
      expect(parseDate(typed, 'en-GB'), typed).toBeNull();
    }
  });
});

describe('dates in the window’s language', () => {
  it('are written as the window’s language writes them, and read back', async () => {
    const { useLanguage } = await import('./messages');
    try {
      useLanguage('es');
      const spanish = formatDate('2026-12-15');
      expect(spanish).toMatch(/15.*dic.*2026/);
      expect(parseDate(spanish)).toBe('2026-12-15');
      useLanguage('ar');
      // However the engine writes it (numeric with direction marks here, month names elsewhere), it reads back.
      const arabic = formatDate('2026-12-15');
      expect(arabic).not.toBe(formatDate('2026-12-15', 'en'));
      expect(parseDate(arabic)).toBe('2026-12-15');
      expect(parseDate('15 ديسمبر 2026')).toBe('2026-12-15');
      expect(parseDate('١٥/١٢/٢٠٢٦')).toBe('2026-12-15');
    } finally {
      useLanguage('en');
    }
  });
});
