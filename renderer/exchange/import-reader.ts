/**
 * The main-thread side of the import workers, the one reader of every outside kind (./outside-kinds): a pool sized
 * to the cores (./worker-pool), one file per worker at a time, bytes transferred (not copied), a time limit and a
 * memory cap per file. A file that runs past the time limit, or whose read grows the worker's heap past the cap
 * (the worker stops the read at its next checkpoint), has its worker terminated; the next file in that slot gets a
 * fresh worker. A worker still above the cap after a successful read is replaced too, so memory never accumulates.
 */
import { type ExchangeError, exchangeError } from '@shared/exchange/errors';
import type { ImportRead } from '@shared/exchange/import';
import {
  READ_MEMORY_CAP_BYTES,
  READ_TIMEOUT_MS,
  READER_CRASH_MESSAGE,
  TIMEOUT_MESSAGE,
} from '@shared/exchange/read-limits';
import type { Framework } from '@shared/framework/types';
import type { FileReader } from './import-pipeline';
import { isMemoryRefusal, type OutsideKind, type OutsideResults, refusalOf } from './outside-kinds';
import { createWorkerPool, type PoolWorker } from './worker-pool';

/** Where a file was read: in the import worker, or on the page's own thread. */
export type ReadWhere = 'worker' | 'page';

/** Messages to the worker. */
export type WorkerRequest =
  | { type: 'init'; frameworks: Framework[] }
  | { type: 'read'; id: number; kind: OutsideKind; name: string; bytes: ArrayBuffer }
  /** Reads a sample assessment `rounds` times, one per task, until a 'read' comes (no answer is posted). */
  | { type: 'rehearse'; bytes: ArrayBuffer; rounds: number };

/** The worker's answer to one 'read'. */
export interface WorkerResponse<K extends OutsideKind = OutsideKind> {
  id: number;
  result: OutsideResults[K];
  /** The worker's heap after the read, where Chromium reports it. */
  heapBytes?: number;
  /** Where the answering code ran, as it saw its own global scope. */
  readIn?: ReadWhere;
}

/** The part of `Worker` the reader uses (tests pass a fake). */
export type WorkerLike = PoolWorker<WorkerRequest, WorkerResponse>;

export { READ_TIMEOUT_MS, TIMEOUT_MESSAGE };

/** Starts the app's import worker (a module worker bundled by Vite). */
export function spawnImportWorker(): WorkerLike {
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'dti-import',
  }) as unknown as WorkerLike;
}

/** One file read by the worker: its result and where it was read. */
export interface KindRead<K extends OutsideKind> {
  result: OutsideResults[K];
  readIn: ReadWhere;
}

/** A reader plus `dispose` to stop its workers when the import is done; `size` files are read at once. */
export interface WorkerReader {
  size: number;
  /** Reads an assessment file (the import pipeline's reader). */
  read: FileReader;
  /** Reads a file of any outside kind. */
  readKind<K extends OutsideKind>(kind: K, bytes: Uint8Array, name: string): Promise<KindRead<K>>;
  /** Starts the workers (their code loaded and compiled) before any file is asked for; reads nothing. */
  start(): void;
  /**
   * Starts the workers before the files arrive (while the officer picks them); with a `rehearsal`, they then read
   * its sample until the first file comes, so that the engine has compiled the reader by then.
   */
  warm(): void;
  dispose(): void;
}

const internal = (message: string, detail?: string): ExchangeError => exchangeError('internal', message, detail);

/** The bytes to transfer: a view over part of a buffer is copied so that only its own bytes travel. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? bytes.buffer
    : bytes.slice().buffer;
}

/** The rehearsal of a reader warmed ahead: a sample file read over and over until the first file comes. */
export interface Rehearsal {
  /** The sample (a valid assessment file of a framework held), or undefined when none can be had. */
  sample: () => Promise<Uint8Array | undefined>;
  /** Sample reads per worker at most. */
  rounds: number;
  /** Starts only if no file was asked for this long after `warm` (files picked at once need no rehearsal). */
  afterMs: number;
}

/**
 * Builds a reader that runs the outside readers in a pool of `size` workers (default: one per core, at most 4),
 * with the frameworks an assessment read may need; files are read in the order asked, as workers come free.
 */
export function createWorkerReader(
  frameworks: Framework[],
  opts: {
    spawn?: () => WorkerLike;
    timeoutMs?: number;
    memoryCapBytes?: number;
    size?: number;
    rehearsal?: Rehearsal;
  } = {},
): WorkerReader {
  const memoryCap = opts.memoryCapBytes ?? READ_MEMORY_CAP_BYTES;
  const pool = createWorkerPool<WorkerRequest, WorkerResponse>({
    spawn: opts.spawn ?? spawnImportWorker,
    init: { type: 'init', frameworks },
    timeoutMs: opts.timeoutMs ?? READ_TIMEOUT_MS,
    ...(opts.size !== undefined ? { size: opts.size } : {}),
  });

  let asked = false;
  const readKind = async <K extends OutsideKind>(kind: K, bytes: Uint8Array, name: string): Promise<KindRead<K>> => {
    asked = true;
    const o = await pool.run({
      message: (id) => {
        const own = ownBuffer(bytes);
        return { message: { type: 'read', id, kind, name, bytes: own }, transfer: [own] };
      },
      retire: (res) => isMemoryRefusal(kind, res.result as OutsideResults[K]) || (res.heapBytes ?? 0) > memoryCap,
    });
    const fail = (e: ExchangeError): KindRead<K> => ({ result: refusalOf(kind, e), readIn: 'worker' });
    switch (o.kind) {
      case 'answer':
        return { result: o.data.result as OutsideResults[K], readIn: o.data.readIn ?? 'worker' };
      case 'timeout':
        return fail(internal(TIMEOUT_MESSAGE));
      case 'crash':
        return fail(internal(READER_CRASH_MESSAGE, o.detail));
      case 'no-worker':
        return fail(internal('Không khởi động được bộ đọc tệp.', o.detail));
    }
  };

  return {
    size: pool.size,
    read: async (bytes, name): Promise<ImportRead> => (await readKind('assessment', bytes, name)).result,
    readKind,
    start: pool.warm,
    warm: () => {
      pool.warm();
      const r = opts.rehearsal;
      if (!r) return;
      setTimeout(() => {
        if (asked) return;
        void r.sample().then((bytes) => {
          if (!bytes || asked) return;
          pool.broadcast(() => {
            const own = bytes.slice().buffer;
            return { message: { type: 'rehearse', bytes: own, rounds: r.rounds }, transfer: [own] };
          });
        });
      }, r.afterMs);
    },
    dispose: pool.dispose,
  };
}
