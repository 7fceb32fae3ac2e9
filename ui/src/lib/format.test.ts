import { describe, expect, it } from 'vitest';
import { formatChanged, statusLabel } from './format';

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
