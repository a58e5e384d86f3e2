/**
 * Readers for the command-line tool. `workerPool` runs `size` worker threads (one per core by default), each
 * checking one file at a time, with the app's limits: a file that runs past READ_TIMEOUT_MS or past the memory cap
 * has its worker stopped and replaced, and gets the app's message. `inlineReader` checks on the calling thread.
 */
import { Worker } from 'node:worker_threads';
import { basename } from 'node:path';
import { READ_TIMEOUT_MS, READER_CRASH_MESSAGE, TIMEOUT_MESSAGE } from '@shared/exchange';
import { type CheckSetup, type FileCheck, fileChecker } from './check-file';

/** Checks files; `close` stops the threads. */
export interface Reader {
  check(path: string): Promise<FileCheck>;
  close(): Promise<void>;
}

/** Limits of one worker thread. */
export interface PoolLimits {
  timeoutMs?: number;
  /** Old-generation heap cap of each worker, in MB. */
  memoryMb?: number;
}

/** Checks on the calling thread (tests, and `--jobs 1` on a machine where threads are not wanted). */
export function inlineReader(setup: CheckSetup): Reader {
  const check = fileChecker(setup);
  return { check, close: async () => undefined };
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

interface Job {
  path: string;
  resolve: (r: FileCheck) => void;
}

/** A pool of `size` worker threads running `workerFile` (the built read-worker). */
export function workerPool(size: number, setup: CheckSetup, workerFile: string, limits: PoolLimits = {}): Reader {
  const timeoutMs = limits.timeoutMs ?? READ_TIMEOUT_MS;
  const resourceLimits = { maxOldGenerationSizeMb: limits.memoryMb ?? 256 };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  const spawn = (): Slot => {
    const worker = new Worker(workerFile, { workerData: setup, resourceLimits });
    worker.unref();
    return { worker, busy: false };
  };
  const refused = (path: string, kind: 'internal', message: string): FileCheck => ({
    path,
    name: basename(path),
    verdict: { verdict: 'refused', kind, message },
  });

  const run = (slot: Slot, job: Job) => {
    slot.busy = true;
    const id = nextId++;
    const w = slot.worker;
    const finish = (r: FileCheck, replace: boolean) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      if (replace) {
        void w.terminate();
        const i = slots.indexOf(slot);
        if (i >= 0) slots[i] = slot = spawn();
      }
      slot.busy = false;
      job.resolve(r);
      pump();
    };
    const onMessage = (m: { id: number; result: FileCheck }) => {
      if (m.id === id) finish(m.result, false);
    };
    const onError = () => finish(refused(job.path, 'internal', READER_CRASH_MESSAGE), true);
    const timer = setTimeout(() => finish(refused(job.path, 'internal', TIMEOUT_MESSAGE), true), timeoutMs);
    w.on('message', onMessage);
    w.once('error', onError);
    w.postMessage({ id, path: job.path });
  };
  const pump = () => {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (!slot.busy) run(slot, queue.shift() as Job);
    }
  };
  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn());

  return {
    check: (path) =>
      new Promise((resolve) => {
        queue.push({ path, resolve });
        pump();
      }),
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
