import { describe, expect, it } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import { api, CommandError, toCommandError } from './index';

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
    const seen: [string, unknown][] = [];
    mockIPC((cmd, payload) => {
      seen.push([cmd, payload]);
      return { id: 'a', title: 'T' };
    });
    await api.statements.update('a', { title: 'T' });
    expect(seen).toEqual([['statements_update', { id: 'a', patch: { title: 'T' } }]]);
  });

  it('rejects with CommandError when the backend refuses', async () => {
    mockIPC(() => {
      throw { code: 'invalid', message: 'a statement needs a title; type one and try again' };
    });
    await expect(api.statements.create({ title: ' ' })).rejects.toMatchObject({
      name: 'CommandError',
      code: 'invalid',
    });
  });
});
