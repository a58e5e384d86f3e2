import type { WorkerReader } from '../../exchange/import-reader';

/** A reader started ahead and not taken within this time is stopped (a drag that left, a dialog left open). */
export const READY_IDLE_MS = 120_000;

/** The import's reader, possibly started ahead of the files. */
export interface ReaderSlot {
  /** Starts a reader now and its workers (once), while the officer is still choosing or dragging the files. */
  prepare(): void;
  /** The reader started ahead, else a new one; the caller disposes of it. */
  take(): Promise<WorkerReader>;
  /** Stops a reader started ahead that no files came for (dialog cancelled, page closed). */
  drop(): void;
}

/**
 * The workers of a dry run take a while to start (loading and compiling their code): started when the file dialog
 * opens or files are dragged over the page, they are ready when the files arrive.
 */
export function createReaderSlot(start: () => Promise<WorkerReader>, idleMs = READY_IDLE_MS): ReaderSlot {
  let ready: Promise<WorkerReader> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const slot: ReaderSlot = {
    prepare() {
      if (ready) return;
      ready = start().then((r) => (r.warm(), r));
      ready.catch(() => undefined); // a start that failed is reported by take(), to the dry run that needs it
      idle = setTimeout(() => slot.drop(), idleMs);
    },
    take() {
      clearTimeout(idle);
      const r = ready ?? start();
      ready = null;
      return r;
    },
    drop() {
      clearTimeout(idle);
      const r = ready;
      ready = null;
      void r?.then(
        (x) => x.dispose(),
        () => undefined,
      );
    },
  };
  return slot;
}
