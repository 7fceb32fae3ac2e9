// Keeping the window in step with the database file when another program
// (the command line, a second window, a newer Undersigned) changes it. The
// shell says which areas a change touched (and leaves out the window's own
// writes); each view registers what it shows with `whenChanged` and reads
// it again, keeping what the organizer is doing (scroll, selection, typing).

import { api, type Area, type DatabaseChange } from './api';

/** How long to wait after a change for more, so a burst of commits is read once. */
export const SETTLE_MS = 150;

export interface LiveHooks {
  /** Rows in `areas` changed elsewhere (the views registered with `whenChanged` are told too). */
  onChanged?: (areas: Area[]) => void;
  /** A newer version upgraded the file while open: stop offering changes. */
  onNewerSchema: (found: number, supported: number) => void;
}

/** What one change means for the window. */
export function handleChange(change: DatabaseChange, hooks: LiveHooks): void {
  if (change.kind === 'newer_schema') hooks.onNewerSchema(change.found, change.supported);
  else hooks.onChanged?.(change.areas);
}

type Listener = { areas: readonly Area[]; run: (areas: Area[]) => void };
const listeners = new Set<Listener>();

/**
 * Calls `run` whenever another program changed one of `areas` (with the
 * areas that did change); returns the function that stops it, so it fits
 * `onMount` and `$effect` as is.
 */
export function whenChanged(areas: readonly Area[], run: (areas: Area[]) => void): () => void {
  const listener = { areas, run };
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Tells every view that shows one of `areas` to read it again. */
export function announce(areas: readonly Area[]): void {
  for (const listener of [...listeners]) {
    const touched = areas.filter((area) => listener.areas.includes(area));
    if (touched.length > 0 && listeners.has(listener)) listener.run(touched);
  }
}

/** `run`, called once `ms` after the last of a burst of calls. */
export function settled(run: () => void, ms = SETTLE_MS): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const call = () => {
    cancel();
    timer = setTimeout(() => {
      timer = null;
      run();
    }, ms);
  };
  return Object.assign(call, { cancel });
}

/**
 * Starts watching the database (once per start of the window: each watch
 * replaces the one before). Changes that come in a burst are gathered and
 * passed on once, to `hooks.onChanged` and to the views registered with
 * `whenChanged`. Returns the function that stops passing changes on.
 */
export async function startLive(hooks: LiveHooks): Promise<() => void> {
  let stopped = false;
  let gathered = new Set<Area>();
  const changed = settled(() => {
    const areas = [...gathered];
    gathered = new Set();
    if (stopped || areas.length === 0) return;
    hooks.onChanged?.(areas);
    announce(areas);
  });
  await api.watch((change) => {
    if (stopped) return;
    handleChange(change, {
      ...hooks,
      onChanged: (areas) => {
        for (const area of areas) gathered.add(area);
        changed();
      },
    });
  });
  return () => {
    stopped = true;
    changed.cancel();
  };
}
