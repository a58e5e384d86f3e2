/**
 * The main-thread side of the import worker, the one reader of every outside kind (./outside-kinds): one file at a
 * time, bytes transferred (not copied), a time limit and a memory cap per file. A file that runs past the time
 * limit, or whose read grows the worker's heap past the cap (the worker stops the read at its next checkpoint), has
 * its worker terminated; the next file gets a fresh worker. A worker still above the cap after a successful read is
 * replaced too, so memory never accumulates.
 */
import { type ExchangeError, exchangeError } from '@shared/exchange/errors';
import type { ImportRead } from '@shared/exchange/import';
import { READ_MEMORY_CAP_BYTES } from '@shared/exchange/read-limits';
import type { Framework } from '@shared/framework/types';
import type { FileReader } from './import-pipeline';
import { isMemoryRefusal, type OutsideKind, type OutsideResults, refusalOf } from './outside-kinds';

/** Where a file was read: in the import worker, or on the page's own thread. */
export type ReadWhere = 'worker' | 'page';

/** Messages to the worker. */
export type WorkerRequest =
  | { type: 'init'; frameworks: Framework[] }
  | { type: 'read'; id: number; kind: OutsideKind; name: string; bytes: ArrayBuffer };

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
export interface WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
}

/** How long one file may take before its worker is stopped. */
export const READ_TIMEOUT_MS = 10_000;

/** The message shown for a file that ran past the limit. */
export const TIMEOUT_MESSAGE = 'Tệp xử lý quá lâu, đã dừng.';

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

/** A reader plus `dispose` to stop its worker when the import is done. */
export interface WorkerReader {
  /** Reads an assessment file (the import pipeline's reader). */
  read: FileReader;
  /** Reads a file of any outside kind. */
  readKind<K extends OutsideKind>(kind: K, bytes: Uint8Array, name: string): Promise<KindRead<K>>;
  dispose(): void;
}

const internal = (message: string, detail?: string): ExchangeError => exchangeError('internal', message, detail);

/** Builds a reader that runs the outside readers in a worker, with the frameworks an assessment read may need. */
export function createWorkerReader(
  frameworks: Framework[],
  opts: { spawn?: () => WorkerLike; timeoutMs?: number; memoryCapBytes?: number } = {},
): WorkerReader {
  const spawn = opts.spawn ?? spawnImportWorker;
  const timeoutMs = opts.timeoutMs ?? READ_TIMEOUT_MS;
  const memoryCap = opts.memoryCapBytes ?? READ_MEMORY_CAP_BYTES;
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let queue: Promise<unknown> = Promise.resolve();

  const fresh = (): WorkerLike => {
    if (worker) return worker;
    worker = spawn();
    worker.postMessage({ type: 'init', frameworks });
    return worker;
  };
  const kill = () => {
    worker?.terminate();
    worker = null;
  };

  const readOne = <K extends OutsideKind>(kind: K, bytes: Uint8Array, name: string): Promise<KindRead<K>> =>
    new Promise((resolve) => {
      const fail = (e: ExchangeError) => resolve({ result: refusalOf(kind, e), readIn: 'worker' });
      let w: WorkerLike;
      try {
        w = fresh();
      } catch (e) {
        fail(internal('Không khởi động được bộ đọc tệp.', e instanceof Error ? e.message : String(e)));
        return;
      }
      const id = nextId++;
      const detach = () => {
        clearTimeout(timer);
        w.onmessage = null;
        w.onerror = null;
      };
      const timer = setTimeout(() => {
        kill();
        detach();
        fail(internal(TIMEOUT_MESSAGE));
      }, timeoutMs);
      w.onmessage = (ev) => {
        if (ev.data.id !== id) return;
        const r = ev.data.result as OutsideResults[K];
        if (isMemoryRefusal(kind, r) || (ev.data.heapBytes ?? 0) > memoryCap) kill();
        detach();
        resolve({ result: r, readIn: ev.data.readIn ?? 'worker' });
      };
      w.onerror = (ev) => {
        ev.preventDefault?.();
        kill();
        detach();
        fail(internal('Bộ đọc tệp gặp lỗi và đã dừng (tệp có thể quá lớn hoặc hỏng).', ev.message));
      };
      // A view over part of a buffer is copied so that only its own bytes travel; a whole buffer moves as is.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
          ? bytes.buffer
          : bytes.slice().buffer;
      w.postMessage({ type: 'read', id, kind, name, bytes: own }, [own]);
    });

  const readKind = <K extends OutsideKind>(kind: K, bytes: Uint8Array, name: string): Promise<KindRead<K>> => {
    const p = queue.then(() => readOne(kind, bytes, name));
    queue = p.catch(() => undefined);
    return p;
  };

  return {
    read: async (bytes, name): Promise<ImportRead> => (await readKind('assessment', bytes, name)).result,
    readKind,
    dispose: kill,
  };
}
