import { describe, expect, it } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import { handleChange, startLive } from './live';

function hooks() {
  const seen: string[] = [];
  return {
    seen,
    onChanged: () => seen.push('changed'),
    onNewerSchema: (found: number, supported: number) => seen.push(`newer ${found}>${supported}`),
    onBusy: (retrying: boolean) => seen.push(`busy ${retrying}`),
  };
}

describe('live refresh', () => {
  it('reads lists again on a change and stops writing on a newer schema', () => {
    const h = hooks();
    handleChange({ kind: 'changed' }, h);
    handleChange({ kind: 'newer_schema', found: 3, supported: 2 }, h);
    expect(h.seen).toEqual(['changed', 'newer 3>2']);
  });

  it('subscribes through app_watch with a channel', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return null;
    });
    const stop = await startLive(hooks());
    expect(calls.map(([cmd]) => cmd)).toEqual(['app_watch']);
    const arg = (calls[0][1] as { onChange: unknown }).onChange;
    expect(arg).toBeTruthy();
    stop();
  });
});
