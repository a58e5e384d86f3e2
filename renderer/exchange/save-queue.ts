import { isStorageFull, storageErrorMessage } from '@shared/storage/full';
import { say } from '../i18n/say';
/** What the save indicator shows; 'conflict' when fields wait for the officer to choose between two tabs' values. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; count: number };

type Job = () => Promise<number>;

/** How long typing must pause before its field is written, and the longest a typed edit waits (ms). */
export const TYPING_PAUSE_MS = 150;
export const TYPING_MAX_WAIT_MS = 1000;

interface Waiting {
  job: Job;
  timer: ReturnType<typeof setTimeout>;
  since: number;
}

/**
 * Writes edits one transaction at a time, in order. Edits to the same key that queue up while a write is in flight
 * collapse into the latest (typing "125" fast writes "1" then "125"). The state reaches `saved` only when nothing
 * is pending and the last transaction committed; a failed write keeps its job queued for `retry`.
 *
 * An edit made by typing waits for a pause (`TYPING_PAUSE_MS`, at most `TYPING_MAX_WAIT_MS`) before it is queued:
 * one write per burst instead of one per key, so a keystroke repaints one row and no database round trip or
 * re-read of the form runs between keys. The indicator says "saving" meanwhile; `release` (the field left) and
 * `flush` queue it at once.
 */
export class SaveQueue {
  private pending = new Map<string, Job>();
  private waiting = new Map<string, Waiting>();
  private running = false;
  private state: SaveState = { kind: 'idle' };
  private listeners = new Set<(s: SaveState) => void>();
  private conflicts = new Set<string>();
  private lastAt = 0;

  constructor(private readonly describeError: (e: unknown) => string) {}

  /** Queues the latest write for `key`; a `typed` one after a pause in typing. */
  enqueue(key: string, job: Job, typed = false): void {
    const held = this.waiting.get(key);
    if (held) clearTimeout(held.timer);
    this.pending.delete(key);
    this.set({ kind: 'saving' });
    if (!typed) {
      this.waiting.delete(key);
      this.pending.set(key, job);
      void this.drain();
      return;
    }
    const since = held?.since ?? Date.now();
    const wait = Math.max(0, Math.min(TYPING_PAUSE_MS, since + TYPING_MAX_WAIT_MS - Date.now()));
    this.waiting.set(key, { job, since, timer: setTimeout(() => this.release(key), wait) });
  }

  /** Queues typed edits now instead of after the pause: all of them, or `key`'s. */
  release(key?: string): void {
    for (const [k, w] of [...this.waiting]) {
      if (key !== undefined && k !== key) continue;
      clearTimeout(w.timer);
      this.waiting.delete(k);
      this.pending.delete(k);
      this.pending.set(k, w.job);
    }
    if (this.pending.size) void this.drain();
  }

  /** Tries the failed writes again. */
  retry(): void {
    if (this.pending.size) {
      this.set({ kind: 'saving' });
      void this.drain();
    }
  }

  /** Resolves when everything queued has been written (or failed). */
  async flush(): Promise<void> {
    this.release();
    while (this.running || (this.pending.size && this.state.kind === 'saving')) {
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  get current(): SaveState {
    return this.state;
  }

  get hasPending(): boolean {
    return this.pending.size > 0 || this.waiting.size > 0 || this.running;
  }

  /** Whether leaving now would lose an edit: a write that failed, or a conflict not yet chosen. */
  get hasUnsaved(): boolean {
    return this.state.kind === 'error' || this.conflicts.size > 0;
  }

  /** Marks `key` as waiting for the officer's choice between this tab's edit and another's (or no longer). */
  setConflict(key: string, on: boolean): void {
    if (on === this.conflicts.has(key)) return;
    if (on) this.conflicts.add(key);
    else this.conflicts.delete(key);
    if (!this.running && !this.pending.size && !this.waiting.size) this.settle();
  }

  private settle() {
    if (this.conflicts.size) this.set({ kind: 'conflict', count: this.conflicts.size });
    else this.set(this.lastAt ? { kind: 'saved', at: this.lastAt } : { kind: 'idle' });
  }

  subscribe(listener: (s: SaveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(s: SaveState) {
    // Every key typed says "saving" again: the same state keeps its object, so nothing re-renders for it.
    if (s.kind === 'saving' && this.state.kind === 'saving') return;
    this.state = s;
    for (const l of this.listeners) l(s);
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let lastAt = 0;
    try {
      while (this.pending.size) {
        const [key, job] = this.pending.entries().next().value as [string, Job];
        this.pending.delete(key);
        try {
          lastAt = await job();
        } catch (e) {
          // Keep the edit (unless a newer one for the same key arrived meanwhile) so nothing typed is lost.
          if (!this.pending.has(key)) this.pending.set(key, job);
          this.set({ kind: 'error', message: this.describeError(e) });
          return;
        }
      }
      this.lastAt = lastAt || this.lastAt;
      if (!this.waiting.size) this.settle();
    } finally {
      this.running = false;
    }
  }
}

/** The reason for a failed write in the UI language; a full disk gets the app's one storage-full message. */
export function describeSaveError(e: unknown): string {
  if (isStorageFull(e)) return say('save.full');
  return say('save.failed', { error: storageErrorMessage(e) });
}
