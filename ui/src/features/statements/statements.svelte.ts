// The statements list as the UI holds it: loaded from the backend, updated in
// place after each command so the list never has to be reloaded to look right,
// and reloaded when the window comes back (the CLI may have written meanwhile).

import { api, CommandError, toCommandError, type Statement, type StatementSummary } from '../../lib/api';

/** How long the "Undo" offer for a delete stays on screen. */
export const UNDO_WINDOW_MS = 8000;

export interface PendingUndo {
  statement: StatementSummary;
  timer: ReturnType<typeof setTimeout> | null;
}

export class StatementsState {
  /** Live statements as lists give them: without their text. */
  items = $state<StatementSummary[]>([]);
  /** Statements in the trash, most recently deleted first; loaded on demand. */
  trash = $state<StatementSummary[]>([]);
  trashLoaded = $state(false);
  loaded = $state(false);
  busy = $state(false);
  error = $state<CommandError | null>(null);
  undo = $state<PendingUndo | null>(null);

  /** Bumped when a command starts and ends, so a reload that overlapped one is not applied over it. */
  private changes = 0;
  private refreshing: Promise<void> | null = null;
  /** The reload promised to run once the one under way is done. */
  private followUp: Promise<void> | null = null;
  /** The error the last reload showed, taken down by the next one that works. */
  private reloadError: CommandError | null = null;

  async load(): Promise<void> {
    await this.fetch(api.statements.list, (rows) => (this.items = rows));
    this.loaded = true;
  }

  async loadTrash(): Promise<void> {
    await this.fetch(api.statements.listTrash, (rows) => (this.trash = rows));
    this.trashLoaded = true;
  }

  /**
   * Picks up rows another process changed (the CLI, a second window): reloads
   * the list, and the trash once it has been shown. Calls made while one is
   * under way share it. A failure shows as `error`; success takes that down
   * but leaves an error about something else (a refused title) on screen.
   */
  refresh(): Promise<void> {
    this.refreshing ??= this.reload().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /**
   * Another program committed. A reload already under way may have read
   * before that commit, so one more follows it; changes that come meanwhile
   * share that one.
   */
  changedElsewhere(): Promise<void> {
    if (!this.refreshing) return this.refresh();
    this.followUp ??= this.refreshing.then(() => {
      this.followUp = null;
      return this.refresh();
    });
    return this.followUp;
  }

  private async reload(): Promise<void> {
    // A list read before a command of ours committed, arriving after that
    // command updated the screen, would take its change off again: read anew.
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = this.changes;
      try {
        const items = await api.statements.list();
        const trash = this.trashLoaded ? await api.statements.listTrash() : null;
        if (before !== this.changes) continue;
        this.items = items;
        if (trash) this.trash = trash;
        this.loaded = true;
        if (this.error && this.error === this.reloadError) this.error = null;
        return;
      } catch (thrown) {
        this.error = this.reloadError = toCommandError(thrown);
        return;
      }
    }
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
      this.items = [made, ...this.items.filter((s) => s.id !== made.id)];
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

  private async fetch(list: () => Promise<StatementSummary[]>, keep: (rows: StatementSummary[]) => void) {
    try {
      keep(await list());
      this.error = null;
    } catch (thrown) {
      this.error = toCommandError(thrown);
    }
  }

  private offerUndo(statement: StatementSummary): void {
    this.dismissUndo();
    const timer = setTimeout(() => {
      if (this.undo?.statement.id === statement.id) this.undo = null;
    }, UNDO_WINDOW_MS);
    this.undo = { statement, timer };
  }

  private async guard<T>(work: () => Promise<T>): Promise<T | null> {
    this.busy = true;
    this.changes += 1;
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
      this.changes += 1;
      this.busy = false;
    }
  }
}
