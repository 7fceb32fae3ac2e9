import { describe, expect, it, vi } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import { installRealBackend } from '../../test/real-backend';
import { useLanguage } from '../messages';
import { api, BUSY_PAUSE_MS, BUSY_RETRIES, CommandError, onBusy, toCommandError } from './index';

describe('toCommandError', () => {
  it('keeps the code and message of a backend error', () => {
    const error = toCommandError({ code: 'not_found', message: 'no statement with id x' });
    expect(error).toBeInstanceOf(CommandError);
    expect(error.code).toBe('not_found');
    expect(error.message).toBe('no statement with id x');
  });

  it('treats anything else as internal, keeping its text', () => {
    expect(toCommandError(new Error('boom'))).toMatchObject({ code: 'internal', message: 'boom' });
    expect(toCommandError('plain text')).toMatchObject({ code: 'internal', message: 'plain text' });
    expect(toCommandError({ code: 3 })).toMatchObject({ code: 'internal' });
  });
});

describe('api', () => {
  it('sends commands with their argument names and returns the result', async () => {
    const backend = await installRealBackend(['Draft']);
    const [draft] = await backend.call('statements_list');
    const renamed = await api.statements.update(draft.id, { title: 'Final' });
    expect(renamed.title).toBe('Final');
    expect(backend.sent).toEqual([['statements_update', { id: draft.id, patch: { title: 'Final' } }]]);
  });

  it('rejects with CommandError when the backend refuses, worded by the window', async () => {
    await installRealBackend();
    await expect(api.statements.create({ title: ' ' })).rejects.toMatchObject({
      name: 'CommandError',
      code: 'invalid',
      key: 'statement.empty_title',
      message: 'A statement needs a title. Type one and try again.',
    });
  });

  it('words a failure in the window’s language, with its details, and keeps core’s message for one it has no words for', () => {
    const refused = { code: 'invalid', message: 'row 3 …', key: 'read.unclosed_quote', params: { file: 'list.csv', row: '12000', column: '4' } };
    try {
      useLanguage('es');
      const spanish = toCommandError(refused);
      expect(spanish.message).toContain('list.csv');
      expect(spanish.message).toContain('12.000');
      expect(spanish.message).not.toContain('quoted cell');
      useLanguage('en');
      expect(toCommandError(refused).message).toBe(
        '“list.csv”, row 12,000: a quoted cell is never closed (the quote opens in column 4). Close the quote, or save the file again from your spreadsheet app.',
      );
      expect(toCommandError({ code: 'internal', message: 'database error: disk I/O error', key: null, params: {} }).message).toBe(
        'database error: disk I/O error',
      );
      expect(toCommandError({ code: 'invalid', message: 'as core says', key: 'no.such_key', params: {} }).message).toBe('as core says');
    } finally {
      useLanguage('en');
    }
  });
});

describe('a busy database', () => {
  it('is tried again, and the window is told while it waits', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      mockIPC(() => {
        calls += 1;
        if (calls <= 2) throw { code: 'busy', message: 'the database is busy' };
        return [];
      });
      const heard: boolean[] = [];
      const stop = onBusy((retrying) => heard.push(retrying));
      const listed = api.statements.list();
      await vi.advanceTimersByTimeAsync(BUSY_PAUSE_MS * 3);
      await expect(listed).resolves.toEqual([]);
      expect(calls).toBe(3);
      expect(heard).toEqual([true, false]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says it waits until the last call waiting is done', async () => {
    vi.useFakeTimers();
    try {
      // Two calls meet the lock; the list gets through on its first retry, the trash on its second.
      const failures = new Map([['statements_list', 1], ['statements_list_trash', 2]]);
      mockIPC((cmd) => {
        const left = failures.get(cmd) ?? 0;
        failures.set(cmd, left - 1);
        if (left > 0) throw { code: 'busy', message: 'the database is busy' };
        return [];
      });
      const heard: boolean[] = [];
      const stop = onBusy((retrying) => heard.push(retrying));
      const both = Promise.all([api.statements.list(), api.statements.listTrash()]);
      await vi.advanceTimersByTimeAsync(BUSY_PAUSE_MS + 10);
      expect(heard).toEqual([true]); // the list is done, the trash still waits
      await vi.advanceTimersByTimeAsync(BUSY_PAUSE_MS);
      await both;
      expect(heard).toEqual([true, false]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up after a few tries with the busy error', async () => {
    vi.useFakeTimers();
    try {
      let calls = 0;
      mockIPC(() => {
        calls += 1;
        throw { code: 'busy', message: 'the database is busy' };
      });
      const listed = api.statements.list();
      const settled = expect(listed).rejects.toMatchObject({ code: 'busy' });
      await vi.advanceTimersByTimeAsync(BUSY_PAUSE_MS * (BUSY_RETRIES + 1));
      await settled;
      expect(calls).toBe(BUSY_RETRIES + 1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not retried for other failures', async () => {
    let calls = 0;
    mockIPC(() => {
      calls += 1;
      throw { code: 'invalid', message: 'no' };
    });
    await expect(api.statements.create({ title: 'x' })).rejects.toMatchObject({ code: 'invalid' });
    expect(calls).toBe(1);
  });
});
