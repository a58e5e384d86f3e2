/**
 * The main-thread side of the import worker: one file at a time, bytes transferred (not copied), a time limit and a
 * memory cap per file. A file that runs past the time limit, or whose read grows the worker's heap past the cap
 * (the worker stops the read at its next checkpoint), has its worker terminated; the next file gets a fresh worker.
 * A worker still above the cap after a successful read is replaced too, so memory never accumulates.
 */
import { READ_MEMORY_CAP_BYTES, type ImportRead } from '@shared/exchange';
import type { Framework } from '@shared/framework/types';
import type { FileReader } from './import-pipeline';

/** Messages to the worker. */
export type WorkerRequest =
  { type: 'init'; frameworks: Framework[] } | { type: 'read'; id: number; name: string; bytes: ArrayBuffer };

/** The worker's answer to one 'read'. */
export interface WorkerResponse {
  id: number;
  result: ImportRead;
  /** The worker's heap after the read, where Chromium reports it. */
  heapBytes?: number;
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

/** A reader plus `dispose` to stop its worker when the import is done. */
export interface WorkerReader {
  read: FileReader;
  dispose(): void;
}

const fail = (message: string, detail?: string): ImportRead => ({
  ok: false,
  error: detail ? { kind: 'internal', message, detail } : { kind: 'internal', message },
});

/** Builds a reader that runs `readAssessmentFile` in a worker, with the frameworks it may need. */
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

  const readOne = (bytes: Uint8Array, name: string): Promise<ImportRead> =>
    new Promise((resolve) => {
      let w: WorkerLike;
      try {
        w = fresh();
      } catch (e) {
        resolve(fail('Không khởi động được bộ đọc tệp.', e instanceof Error ? e.message : String(e)));
        return;
      }
      const id = nextId++;
      const done = (r: ImportRead) => {
        clearTimeout(timer);
        w.onmessage = null;
        w.onerror = null;
        resolve(r);
      };
      const timer = setTimeout(() => {
        kill();
        done(fail(TIMEOUT_MESSAGE));
      }, timeoutMs);
      w.onmessage = (ev) => {
        if (ev.data.id !== id) return;
        const r = ev.data.result;
        if ((!r.ok && r.error.kind === 'memory') || (ev.data.heapBytes ?? 0) > memoryCap) kill();
        done(r);
      };
      w.onerror = (ev) => {
        ev.preventDefault?.();
        kill();
        done(fail('Bộ đọc tệp gặp lỗi và đã dừng (tệp có thể quá lớn hoặc hỏng).', ev.message));
      };
      // A view over part of a buffer is copied so that only its own bytes travel; a whole buffer moves as is.
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
          ? bytes.buffer
          : bytes.slice().buffer;
      w.postMessage({ type: 'read', id, name, bytes: own }, [own]);
    });

  return {
    read: (bytes, name) => {
      const p = queue.then(() => readOne(bytes, name));
      queue = p.catch(() => undefined);
      return p;
    },
    dispose: kill,
  };
}
