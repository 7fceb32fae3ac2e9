// Typing is saved shortly after it stops, never per keystroke, and a longer
// pause turns the typed text into a numbered revision. Kept apart from the
// editor so the timing can be tested with fake timers.

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  /** Writes the body; rejects with the backend's error. */
  save: (body: string) => Promise<void>;
  /** Records a revision after a pause in editing. */
  pauseRevision: () => Promise<void>;
  onstate?: (state: SaveState, error?: unknown) => void;
  delayMs?: number;
  pauseMs?: number;
}

export const AUTOSAVE_DELAY_MS = 800;
export const PAUSE_REVISION_MS = 2 * 60 * 1000;

const live = new Set<Autosave>();

/**
 * Writes every pending edit now. The window's quit path (Ctrl+Q) awaits this
 * before quitting, so closing the app never loses typed text.
 */
export function flushAllAutosaves(): Promise<void> {
  return Promise.all([...live].map((a) => a.flush())).then(() => undefined);
}

export class Autosave {
  private pending: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pauseTimer: ReturnType<typeof setTimeout> | undefined;
  private editedSinceRevision = false;
  private running: Promise<void> = Promise.resolve();
  private readonly delayMs: number;
  private readonly pauseMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.pauseMs = options.pauseMs ?? PAUSE_REVISION_MS;
    live.add(this);
  }

  /** The user changed the text to `body`. */
  edited(body: string): void {
    this.pending = body;
    this.editedSinceRevision = true;
    this.options.onstate?.('pending');
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => void this.pauseEnded(), this.pauseMs);
  }

  /** The text is back to what is stored: nothing to save. */
  unchanged(): void {
    if (this.pending === null) return;
    this.pending = null;
    clearTimeout(this.timer);
    this.options.onstate?.('idle');
  }

  get hasPending(): boolean {
    return this.pending !== null;
  }

  /** Saves what is pending now (window blur, closing, saving a version). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.running = this.running.then(async () => {
      const body = this.pending;
      if (body === null) return;
      this.pending = null;
      this.options.onstate?.('saving');
      try {
        await this.options.save(body);
        this.options.onstate?.(this.pending === null ? 'saved' : 'pending');
      } catch (error) {
        // Keep the text to try again with the next edit or flush.
        if (this.pending === null) this.pending = body;
        this.options.onstate?.('error', error);
      }
    });
    return this.running;
  }

  /** A revision was saved by hand: the pause timer starts over with the next edit. */
  revisionSaved(): void {
    this.editedSinceRevision = false;
    clearTimeout(this.pauseTimer);
  }

  private async pauseEnded(): Promise<void> {
    await this.flush();
    if (!this.editedSinceRevision) return;
    this.editedSinceRevision = false;
    try {
      await this.options.pauseRevision();
    } catch (error) {
      this.options.onstate?.('error', error);
    }
  }

  dispose(): void {
    live.delete(this);
    clearTimeout(this.timer);
    clearTimeout(this.pauseTimer);
  }
}

/** Words and characters as people count them: characters are code points. */
export function countText(text: string): { words: number; characters: number } {
  const trimmed = text.trim();
  const words = trimmed === '' ? 0 : trimmed.split(/\s+/u).length;
  let characters = 0;
  for (const _ of text) characters++;
  return { words, characters };
}
