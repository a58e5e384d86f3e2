import { frameworkKey } from '@shared/framework/key';
import { db } from '../../db/db';
import { heldFrameworkKeys, listFrameworks } from '../../db/repositories/frameworks';
import { createWorkerReader, type WorkerReader } from '../../exchange/import-reader';

/** A reader nobody takes within this time (a dialog cancelled, a pause between batches) is stopped: memory back. */
export const READY_IDLE_MS = 5 * 60_000;

/** The import's reader, started ahead of the files and kept warm between batches. */
export interface ReaderSlot {
  /**
   * Starts a reader's workers now without the rehearsal (once): when Thẩm tra opens, so that files picked or dropped
   * at once find the workers loaded. `prepare` then adds the rehearsal.
   */
  preload(): void;
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
 * 2–5× slower than the later ones while the engine compiles the reader's hot paths. So a reader's workers are started
 * when Thẩm tra opens (`preload`, once the page is idle), it rehearses when the file dialog opens or files are dragged
 * over the page (while the files are chosen: `REHEARSAL` below), and after a batch it is kept for the next one: a
 * second batch of 129 files is checked in about 1.5 s instead of 2.1–2.6 s, ten files in a fraction of the time. A
 * kept reader whose frameworks are no longer the ones held (`current` says no) is stopped and a fresh one started
 * instead. A reader nobody takes is stopped `idleMs` after it was last started, warmed or kept.
 */
export function createReaderSlot(
  start: () => Promise<WorkerReader>,
  opts: { idleMs?: number; current?: (reader: WorkerReader) => Promise<boolean> } = {},
): ReaderSlot {
  const idleMs = opts.idleMs ?? READY_IDLE_MS;
  let ready: Promise<WorkerReader> | null = null;
  /** Whether the reader held has been warmed (rehearsed, or kept from a batch): `prepare` warms it once. */
  let warmed = false;
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
  const stopWhenIdle = () => {
    clearTimeout(idle);
    idle = setTimeout(stopHeld, idleMs);
  };
  const hold = (r: Promise<WorkerReader>, isWarm: boolean) => {
    ready = r;
    warmed = isWarm;
    ready.catch(() => undefined); // a start that failed is reported by take(), to the dry run that needs it
    stopWhenIdle();
  };
  /** A new reader, its workers started, rehearsing too when `warm`. */
  const launch = (warm: boolean) => {
    hold(
      start().then((r) => {
        if (warm) r.warm();
        else r.start();
        return r;
      }),
      warm,
    );
  };
  return {
    preload() {
      if (!ready && !closed) launch(false);
    },
    prepare() {
      if (closed) return;
      if (!ready) return launch(true);
      if (warmed) return;
      // The reader preloaded is warmed now, and kept from now on for the idle time.
      warmed = true;
      stopWhenIdle();
      ready.then((r) => r.warm()).catch(() => undefined);
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
      else hold(Promise.resolve(reader), true);
    },
    close() {
      closed = true;
      stopHeld();
    },
  };
}

/**
 * While the officer is still choosing files (300 ms after the dialog opened or files were dragged over), each worker
 * reads a sample file up to 24 times, stopping when the first real file comes. Measured here (129 files, 1.5 s in
 * the dialog): the first batch's dry run 1.93–1.98 s without, 1.43–1.45 s with (times that still held up to 0.5 s of
 * the benchmark's own polling; to the painted table it is 0.76–0.84 s with, as fast as a reader kept from a batch
 * before); 24 rounds did as well as 48. Files picked at once get no rehearsal and lose nothing.
 */
const REHEARSAL = { sample: rehearsalSample, rounds: 24, afterMs: 300 };

let sample: Promise<Uint8Array | undefined> | undefined;
/** The sample shipped beside the app (scripts/build-rehearsal-sample.mjs), fetched once; none if it cannot be had. */
function rehearsalSample(): Promise<Uint8Array | undefined> {
  return (sample ??= fetch(new URL('samples/rehearsal.xlsx', document.baseURI))
    .then(async (r) => (r.ok ? new Uint8Array(await r.arrayBuffer()) : undefined))
    .catch(() => undefined));
}

/** Frameworks' sorted keys as one comparable text. Frameworks are immutable per key, so the keys tell them apart. */
const stamp = (keys: readonly string[]) => [...keys].sort().join('|');

/** Thẩm tra's slot: readers given the frameworks held, kept while those are still the ones held. */
export function importReaderSlot(): ReaderSlot {
  const keysOf = new WeakMap<WorkerReader, string>();
  return createReaderSlot(
    async () => {
      const frameworks = await listFrameworks(db);
      const reader = createWorkerReader(
        frameworks.map((f) => f.framework),
        { rehearsal: REHEARSAL },
      );
      // The reader's own stamp comes from the frameworks it was given, not from a second read that could differ.
      keysOf.set(reader, stamp(frameworks.map((f) => frameworkKey(f.id, f.version))));
      return reader;
    },
    { current: async (reader) => keysOf.get(reader) === stamp(await heldFrameworkKeys(db)) },
  );
}
