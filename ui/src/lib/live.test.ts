import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Channel } from '@tauri-apps/api/core';
import type { DatabaseChange } from './api';
import { handleChange, SETTLE_MS, settled, startLive } from './live';

afterEach(() => {
  vi.useRealTimers();
});

function hooks() {
  const seen: string[] = [];
  return {
    seen,
    onChanged: () => seen.push('changed'),
    onNewerSchema: (found: number, supported: number) => seen.push(`newer ${found}>${supported}`),
  };
}

/** app_watch over the IPC mock; returns a way to send changes as the watcher does. */
function watchedChannel() {
  const calls: string[] = [];
  let channel: Channel<DatabaseChange> | null = null;
  mockIPC((cmd, args) => {
    calls.push(cmd);
    channel = (args as { onChange: Channel<DatabaseChange> }).onChange;
    return null;
  });
  return { calls, send: (change: DatabaseChange) => channel!.onmessage(change) };
}

describe('live refresh', () => {
  it('reads lists again on a change and stops writing on a newer schema', () => {
    const h = hooks();
    handleChange({ kind: 'changed' }, h);
    handleChange({ kind: 'newer_schema', found: 3, supported: 2 }, h);
    expect(h.seen).toEqual(['changed', 'newer 3>2']);
  });

  it('runs a settled call once, after the last of a burst', () => {
    vi.useFakeTimers();
    let runs = 0;
    const call = settled(() => (runs += 1), 100);
    call();
    vi.advanceTimersByTime(60);
    call();
    call();
    vi.advanceTimersByTime(99);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
  });

  it('subscribes through app_watch once and coalesces the changes it hears', async () => {
    vi.useFakeTimers();
    const watch = watchedChannel();
    const h = hooks();
    const stop = await startLive(h);
    expect(watch.calls).toEqual(['app_watch']);

    watch.send({ kind: 'changed' });
    watch.send({ kind: 'changed' });
    expect(h.seen).toEqual([]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(h.seen).toEqual(['changed']);

    watch.send({ kind: 'newer_schema', found: 4, supported: 3 });
    expect(h.seen).toEqual(['changed', 'newer 4>3']);

    stop();
    watch.send({ kind: 'changed' });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(h.seen).toEqual(['changed', 'newer 4>3']);
  });
});
