// Keeping the window in step with the database file when another program
// (the command line, a second window, a newer Undersigned) changes it.

import { api, type DatabaseChange } from './api';

/** How long to wait after a change for more, so a burst of commits is read once. */
export const SETTLE_MS = 150;

export interface LiveHooks {
  /** Rows changed elsewhere: read the lists again. */
  onChanged: () => void;
  /** A newer version upgraded the file while open: stop offering changes. */
  onNewerSchema: (found: number, supported: number) => void;
}

/** What one change means for the window. */
export function handleChange(change: DatabaseChange, hooks: LiveHooks): void {
  if (change.kind === 'newer_schema') hooks.onNewerSchema(change.found, change.supported);
  else hooks.onChanged();
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
 * replaces the one before). Returns the function that stops passing changes on.
 */
export async function startLive(hooks: LiveHooks): Promise<() => void> {
  let stopped = false;
  const changed = settled(() => {
    if (!stopped) hooks.onChanged();
  });
  await api.watch((change) => {
    if (!stopped) handleChange(change, { ...hooks, onChanged: changed });
  });
  return () => {
    stopped = true;
    changed.cancel();
  };
}
