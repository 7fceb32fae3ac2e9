// Keeping the window in step with the database file when another program
// (the command line, a second window, a newer Undersigned) changes it.

import { api, onBusy, type DatabaseChange } from './api';

export interface LiveHooks {
  /** Rows changed elsewhere: read the lists again. */
  onChanged: () => void;
  /** A newer version upgraded the file while open: stop offering changes. */
  onNewerSchema: (found: number, supported: number) => void;
  /** Calls are waiting for another program that is writing. */
  onBusy: (retrying: boolean) => void;
}

/** What one change means for the window. */
export function handleChange(change: DatabaseChange, hooks: LiveHooks): void {
  if (change.kind === 'newer_schema') hooks.onNewerSchema(change.found, change.supported);
  else hooks.onChanged();
}

/** Starts watching; returns the function that stops listening for busy calls. */
export async function startLive(hooks: LiveHooks): Promise<() => void> {
  const stopBusy = onBusy(hooks.onBusy);
  await api.watch((change) => handleChange(change, hooks));
  return stopBusy;
}
