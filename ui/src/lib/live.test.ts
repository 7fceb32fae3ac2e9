import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import type { Channel } from '@tauri-apps/api/core';
import type { DatabaseChange } from './api';
import { announce, handleChange, SETTLE_MS, settled, startLive, whenChanged } from './live';

afterEach(() => {
  vi.useRealTimers();
});

function hooks() {
  const seen: string[] = [];
  return {
    seen,
    onChanged: (areas: string[]) => seen.push(`changed ${areas.join(',')}`),
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
    handleChange({ kind: 'changed', areas: ['contacts'] }, h);
    handleChange({ kind: 'newer_schema', found: 3, supported: 2 }, h);
    expect(h.seen).toEqual(['changed contacts', 'newer 3>2']);
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

    watch.send({ kind: 'changed', areas: ['statements'] });
    watch.send({ kind: 'changed', areas: ['contacts', 'statements'] });
    expect(h.seen).toEqual([]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(h.seen).toEqual(['changed statements,contacts']);

    watch.send({ kind: 'newer_schema', found: 4, supported: 3 });
    expect(h.seen).toEqual(['changed statements,contacts', 'newer 4>3']);

    stop();
    watch.send({ kind: 'changed', areas: ['statements'] });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(h.seen).toEqual(['changed statements,contacts', 'newer 4>3']);
  });

  it('tells each view only of the areas it shows', () => {
    const heard: string[] = [];
    const stopContacts = whenChanged(['contacts'], (areas) => heard.push(`contacts page: ${areas.join(',')}`));
    const stopStatement = whenChanged(['signatories', 'invitations', 'statements'], (areas) =>
      heard.push(`statement page: ${areas.join(',')}`),
    );

    announce(['signatories', 'exports']);
    expect(heard).toEqual(['statement page: signatories']);
    announce(['contacts', 'statements']);
    expect(heard).toEqual(['statement page: signatories', 'contacts page: contacts', 'statement page: statements']);
    announce(['backups']);
    expect(heard).toHaveLength(3);

    stopContacts();
    announce(['contacts']);
    expect(heard).toHaveLength(3);
    stopStatement();
  });

  it('does not tell a view that was closed by one told before it', () => {
    const heard: string[] = [];
    let stopSecond = () => {};
    const stopFirst = whenChanged(['contacts'], () => {
      heard.push('first');
      stopSecond();
    });
    stopSecond = whenChanged(['contacts'], () => heard.push('second'));
    announce(['contacts']);
    expect(heard).toEqual(['first']);
    stopFirst();
  });

  it('passes a burst of changes to the views once, with every area it touched', async () => {
    vi.useFakeTimers();
    const watch = watchedChannel();
    const stop = await startLive({ onNewerSchema: () => {} });
    const heard: string[][] = [];
    const stopView = whenChanged(['signatories', 'contacts'], (areas) => heard.push(areas));

    watch.send({ kind: 'changed', areas: ['signatories'] });
    vi.advanceTimersByTime(SETTLE_MS - 10);
    watch.send({ kind: 'changed', areas: ['contacts', 'exports'] });
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(SETTLE_MS);
    expect(heard).toEqual([['signatories', 'contacts']]);

    stopView();
    stop();
  });
});
