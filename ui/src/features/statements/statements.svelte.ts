// The statements list as the UI holds it: loaded from the backend, updated in
// place after each command so the list never has to be reloaded to look right.

import { api, CommandError, toCommandError, type Statement } from '../../lib/api';

/** How long the "Undo" offer for a delete stays on screen. */
export const UNDO_WINDOW_MS = 8000;

export interface PendingUndo {
  statement: Statement;
  timer: ReturnType<typeof setTimeout> | null;
}

export class StatementsState {
  items = $state<Statement[]>([]);
  /** Statements in the trash, most recently deleted first; loaded on demand. */
  trash = $state<Statement[]>([]);
  trashLoaded = $state(false);
  loaded = $state(false);
  busy = $state(false);
  error = $state<CommandError | null>(null);
  undo = $state<PendingUndo | null>(null);

  async load(): Promise<void> {
    await this.fetch(api.statements.list, (rows) => (this.items = rows));
    this.loaded = true;
  }

  async loadTrash(): Promise<void> {
    await this.fetch(api.statements.listTrash, (rows) => (this.trash = rows));
    this.trashLoaded = true;
  }

  /** Brings a statement back from the trash into the list. */
  async restore(id: string): Promise<Statement | null> {
    return this.guard(async () => {
      const back = await api.statements.restore(id);
      this.trash = this.trash.filter((s) => s.id !== id);
      // Restoring counts as a change, so it goes to the top like a new one.
      this.items = [back, ...this.items.filter((s) => s.id !== id)];
      if (this.undo?.statement.id === id) this.dismissUndo();
      return back;
    });
  }

  /** Creates a statement; returns it, or null when the backend refused (see `error`). */
  async create(title: string): Promise<Statement | null> {
    return this.guard(async () => {
      const made = await api.statements.create({ title });
      this.items = [made, ...this.items];
      return made;
    });
  }

  async rename(id: string, title: string): Promise<Statement | null> {
    return this.guard(async () => {
      const renamed = await api.statements.update(id, { title });
      this.items = [renamed, ...this.items.filter((s) => s.id !== id)];
      return renamed;
    });
  }

  /** Moves a statement to the trash and offers to undo it for a while. */
  async remove(id: string): Promise<Statement | null> {
    return this.guard(async () => {
      const gone = await api.statements.delete(id);
      this.items = this.items.filter((s) => s.id !== id);
      this.trash = [gone, ...this.trash.filter((s) => s.id !== id)];
      this.offerUndo(gone);
      return gone;
    });
  }

  async undoRemove(): Promise<Statement | null> {
    const pending = this.undo;
    if (!pending) return null;
    this.dismissUndo();
    return this.restore(pending.statement.id);
  }

  dismissUndo(): void {
    if (this.undo?.timer) clearTimeout(this.undo.timer);
    this.undo = null;
  }

  clearError(): void {
    this.error = null;
  }

  private async fetch(list: () => Promise<Statement[]>, keep: (rows: Statement[]) => void) {
    try {
      keep(await list());
      this.error = null;
    } catch (thrown) {
      this.error = toCommandError(thrown);
    }
  }

  private offerUndo(statement: Statement): void {
    this.dismissUndo();
    const timer = setTimeout(() => {
      if (this.undo?.statement.id === statement.id) this.undo = null;
    }, UNDO_WINDOW_MS);
    this.undo = { statement, timer };
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    try {
      const value = await work();
      this.error = null;
      return value;
    } catch (thrown) {
      const error = toCommandError(thrown);
      // The row changed under us (another window, the CLI): show the truth.
      if (error.code === 'not_found') {
        await this.load();
        if (this.trashLoaded) await this.loadTrash();
      }
      this.error = error;
      return null;
    } finally {
      this.busy = false;
    }
  }
}
