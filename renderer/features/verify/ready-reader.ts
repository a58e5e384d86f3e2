import { frameworkKey } from '@shared/framework/key';
import { db } from '../../db/db';
import { heldFrameworkKeys, listFrameworks } from '../../db/repositories/frameworks';
import { createWorkerReader, type WorkerReader } from '../../exchange/import-reader';

/** A reader nobody takes within this time (a dialog cancelled, a pause between batches) is stopped: memory back. */
export const READY_IDLE_MS = 5 * 60_000;

/** The import's reader, started ahead of the files and kept warm between batches. */
export interface ReaderSlot {
  /** Starts a reader now and its workers (once), while the officer is still choosing or dragging the files. */
  prepare(): void;
  /** The reader started ahead or kept from the last batch (if still current), else a new one. */
  take(): Promise<WorkerReader>;
  /** The batch is done: the reader is kept for the next one, until the idle time passes. */
  release(reader: WorkerReader): void;
  /** Stops the reader held (the page is left); a reader released after this is stopped too. */
  close(): void;
}

/**
 * The workers of a dry run take a while to start (loading and compiling their code), and their first files are read
 * 2–5× slower than the later ones while the engine compiles the reader's hot paths. So a reader is started when the
 * file dialog opens or files are dragged over the page, and after a batch it is kept for the next one: a second batch
 * of 129 files is checked in about 1.5 s instead of 2.1–2.6 s, ten files in a fraction of the time. A kept reader
 * whose frameworks are no longer the ones held (`current` says no) is stopped and a fresh one started instead.
 */
export function createReaderSlot(
  start: () => Promise<WorkerReader>,
  opts: { idleMs?: number; current?: (reader: WorkerReader) => Promise<boolean> } = {},
): ReaderSlot {
  const idleMs = opts.idleMs ?? READY_IDLE_MS;
  let ready: Promise<WorkerReader> | null = null;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  const stopHeld = () => {
    clearTimeout(idle);
    const r = ready;
    ready = null;
    void r?.then(
      (x) => x.dispose(),
      () => undefined,
    );
  };
  const hold = (r: Promise<WorkerReader>) => {
    ready = r;
    ready.catch(() => undefined); // a start that failed is reported by take(), to the dry run that needs it
    clearTimeout(idle);
    idle = setTimeout(stopHeld, idleMs);
  };
  return {
    prepare() {
      if (ready || closed) return;
      hold(start().then((r) => (r.warm(), r)));
    },
    async take() {
      clearTimeout(idle);
      const held = ready;
      ready = null;
      if (!held) return start();
      const r = await held;
      if (!opts.current || (await opts.current(r).catch(() => false))) return r;
      r.dispose();
      return start();
    },
    release(reader) {
      if (closed || ready) reader.dispose();
      else hold(Promise.resolve(reader));
    },
    close() {
      closed = true;
      stopHeld();
    },
  };
}

/** Frameworks' sorted keys as one comparable text. Frameworks are immutable per key, so the keys tell them apart. */
const stamp = (keys: readonly string[]) => [...keys].sort().join('|');

/** Thẩm tra's slot: readers given the frameworks held, kept while those are still the ones held. */
export function importReaderSlot(): ReaderSlot {
  const keysOf = new WeakMap<WorkerReader, string>();
  return createReaderSlot(
    async () => {
      const frameworks = await listFrameworks(db);
      const reader = createWorkerReader(frameworks.map((f) => f.framework));
      // The reader's own stamp comes from the frameworks it was given, not from a second read that could differ.
      keysOf.set(reader, stamp(frameworks.map((f) => frameworkKey(f.id, f.version))));
      return reader;
    },
    { current: async (reader) => keysOf.get(reader) === stamp(await heldFrameworkKeys(db)) },
  );
}
