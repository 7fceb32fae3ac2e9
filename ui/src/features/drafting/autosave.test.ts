import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, countText } from './autosave';

describe('Autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function make() {
    const saved: string[] = [];
    let pauses = 0;
    const states: string[] = [];
    const autosave = new Autosave({
      save: async (body) => {
        saved.push(body);
      },
      pauseRevision: async () => {
        pauses += 1;
      },
      onstate: (s) => states.push(s),
    });
    return { autosave, saved, states, pauses: () => pauses };
  }

  it('saves once, 800 ms after typing stops', async () => {
    const { autosave, saved, states } = make();
    autosave.edited('a');
    await vi.advanceTimersByTimeAsync(500);
    autosave.edited('ab');
    await vi.advanceTimersByTimeAsync(500);
    autosave.edited('abc');
    await vi.advanceTimersByTimeAsync(799);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saved).toEqual(['abc']);
    expect(states.at(-1)).toBe('saved');
  });

  it('saves nothing when the text went back to what is stored', async () => {
    const { autosave, saved } = make();
    autosave.edited('word');
    autosave.unchanged();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual([]);
  });

  it('flushes pending text at once', async () => {
    const { autosave, saved } = make();
    autosave.edited('typed');
    await autosave.flush();
    expect(saved).toEqual(['typed']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved).toEqual(['typed']);
  });

  it('makes a revision after a two-minute pause, once', async () => {
    const { autosave, pauses } = make();
    autosave.edited('x');
    await vi.advanceTimersByTimeAsync(119_000);
    expect(pauses()).toBe(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pauses()).toBe(1);
    await vi.advanceTimersByTimeAsync(240_000);
    expect(pauses()).toBe(1);
  });

  it('keeps the text after a failed save and tries again on flush', async () => {
    let fail = true;
    const saved: string[] = [];
    const states: string[] = [];
    const autosave = new Autosave({
      save: async (body) => {
        if (fail) throw { code: 'invalid', message: 'too long' };
        saved.push(body);
      },
      pauseRevision: async () => {},
      onstate: (s) => states.push(s),
    });
    autosave.edited('text');
    await autosave.flush();
    expect(states.at(-1)).toBe('error');
    expect(autosave.hasPending).toBe(true);
    fail = false;
    await autosave.flush();
    expect(saved).toEqual(['text']);
  });
});

describe('countText', () => {
  it('counts words and code points', () => {
    expect(countText('')).toEqual({ words: 0, characters: 0 });
    expect(countText('We, the undersigned —  organizations')).toEqual({ words: 5, characters: 36 });
    expect(countText('😀 نحن')).toEqual({ words: 2, characters: 5 });
  });
});

describe('flushAllAutosaves', () => {
  it('writes pending text of every open editor', async () => {
    const { flushAllAutosaves } = await import('./autosave');
    const saved: string[] = [];
    const a = new Autosave({ save: async (b) => void saved.push(b), pauseRevision: async () => {} });
    a.edited('unsaved');
    await flushAllAutosaves();
    expect(saved).toEqual(['unsaved']);
    a.dispose();
  });
});
