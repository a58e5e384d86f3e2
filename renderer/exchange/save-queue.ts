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

/**
 * Writes edits one transaction at a time, in order. Edits to the same key that queue up while a write is in flight
 * collapse into the latest (typing "125" fast writes "1" then "125"). The state reaches `saved` only when nothing
 * is pending and the last transaction committed; a failed write keeps its job queued for `retry`.
 */
export class SaveQueue {
  private pending = new Map<string, Job>();
  private running = false;
  private state: SaveState = { kind: 'idle' };
  private listeners = new Set<(s: SaveState) => void>();
  private conflicts = new Set<string>();
  private lastAt = 0;

  constructor(private readonly describeError: (e: unknown) => string) {}

  /** Queues the latest write for `key`. */
  enqueue(key: string, job: Job): void {
    this.pending.delete(key);
    this.pending.set(key, job);
    this.set({ kind: 'saving' });
    void this.drain();
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
    while (this.running || (this.pending.size && this.state.kind === 'saving')) {
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  get current(): SaveState {
    return this.state;
  }

  get hasPending(): boolean {
    return this.pending.size > 0 || this.running;
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
    if (!this.running && !this.pending.size) this.settle();
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
      this.settle();
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
