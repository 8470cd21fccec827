/**
 * Autosave for one note. A change schedules a save at most `delayMs` later (not reset by further
 * typing, so continuous typing still saves every ~300 ms); only one save of a note is ever in
 * flight, each based on the revision the last one returned. A CONFLICT stops saving for good:
 * the researcher chooses to load the latest version, and their own text stays on screen.
 */
import type { SavedNote } from '../../../../shared/domain/guide';
import type { NoteContent } from '../../editor/envelope';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed' | 'conflict';

export interface SaveInput extends NoteContent {
  baseRevision: number | null;
}

export interface NoteSaverOptions {
  initial: (SavedNote & { doc?: string }) | null;
  /** The note's content now; may resolve later when serialising is staged over idle gaps. */
  read(): NoteContent | Promise<NoteContent>;
  save(input: SaveInput): Promise<SavedNote>;
  isConflict(error: unknown): boolean;
  delayMs?: number;
  retryMs?: number;
}

const IDLE_DEADLINE_MS = 300;

export function whenIdle(run: () => void): void {
  const ric = (globalThis as { requestIdleCallback?: (cb: () => void, opts: { timeout: number }) => number })
    .requestIdleCallback;
  if (ric) ric(run, { timeout: IDLE_DEADLINE_MS });
  else run();
}

export class NoteSaver {
  status: SaveStatus = 'saved';
  note: SavedNote | null;
  private lastSaved: string | null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly opts: NoteSaverOptions) {
    this.note = opts.initial;
    this.lastSaved = opts.initial?.doc ?? null;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The document changed: save soon. */
  changed(): void {
    if (this.status === 'conflict') return;
    this.dirty = true;
    if (this.status !== 'saving') this.set('unsaved');
    this.schedule(this.opts.delayMs ?? 300);
  }

  /** Saves now if anything is unsaved and waits until nothing is in flight; the saved note, or null. */
  async flush(): Promise<SavedNote | null> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.inFlight) await this.inFlight;
    if (this.dirty && this.status !== 'conflict') {
      this.start();
      while (this.inFlight) await this.inFlight;
    }
    return this.status === 'saved' ? this.note : null;
  }

  /** After "Load the latest": start again from the stored note. */
  reset(note: (SavedNote & { doc?: string }) | null): void {
    this.note = note;
    this.lastSaved = note?.doc ?? null;
    this.dirty = false;
    this.set('saved');
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  private schedule(ms: number): void {
    if (this.timer || this.inFlight) return;
    this.timer = setTimeout(() => {
      // Serialising a long note takes tens of ms on the main thread: do it in an idle gap between
      // keystrokes, but never later than IDLE_DEADLINE_MS (a kill loses at most about a second).
      whenIdle(() => {
        this.timer = null;
        this.start();
      });
    }, ms);
  }

  private start(): void {
    if (this.inFlight || !this.dirty || this.status === 'conflict') return;
    this.dirty = false;
    // Reading may be staged across idle gaps (a long note); the save counts as in flight from here,
    // so flush() waits for it and no second save of this note can start.
    this.inFlight = Promise.resolve(this.opts.read())
      .then((content) => {
        if (content.doc === this.lastSaved) {
          if (!this.dirty) this.set('saved');
          return;
        }
        this.set('saving');
        return this.opts.save({ ...content, baseRevision: this.note?.revision ?? null }).then(
          (note) => {
            this.note = note;
            this.lastSaved = content.doc;
            if (!this.dirty) this.set('saved');
          },
          (error: unknown) => {
            if (this.opts.isConflict(error)) {
              this.set('conflict');
              return;
            }
            this.dirty = true;
            this.set('failed');
          },
        );
      })
      .finally(() => {
        this.inFlight = null;
        if (this.dirty && this.status !== 'conflict')
          this.schedule(this.status === 'failed' ? (this.opts.retryMs ?? 1000) : (this.opts.delayMs ?? 300));
      });
  }

  private set(status: SaveStatus): void {
    if (this.status === status) return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

/** Every note saver on screen, so the page can flush them all (blur, hide, close) and show one status. */
export class SaverGroup {
  private readonly savers = new Set<NoteSaver>();
  private readonly listeners = new Set<() => void>();

  add(saver: NoteSaver): () => void {
    this.savers.add(saver);
    const off = saver.onChange(() => this.emit());
    this.emit();
    return () => {
      off();
      this.savers.delete(saver);
      this.emit();
    };
  }

  flushAll(): Promise<unknown> {
    return Promise.all([...this.savers].map((s) => s.flush()));
  }

  /** The most worrying status of any note. */
  overall = (): SaveStatus => {
    const order: SaveStatus[] = ['conflict', 'failed', 'saving', 'unsaved', 'saved'];
    const all = [...this.savers].map((s) => s.status);
    return order.find((s) => all.includes(s)) ?? 'saved';
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
