/**
 * The one way a screen reads a file from outside (a unit list, a framework workbook, a remarks file): through the
 * import worker, off the page's thread, with its time limit, memory cap and bytes transferred, not copied. The
 * bytes passed in are handed over: the caller must not use them afterwards. A batch of assessment files keeps
 * one worker for the batch (`createWorkerReader` in ./import-reader); this reads one file with a worker of its own.
 *
 * Read on the page instead: a file of at most `PAGE_READ_MAX_BYTES` (16 kB: a few dozen rows, parsed in a few
 * milliseconds, and a zip bomb that small is refused by the zip guard from its directory before anything is
 * inflated), and any file where no worker can be made (no `Worker`, as in unit tests under Node, or it fails to
 * start). The page runs the very same reader (./outside-dispatch, loaded with SheetJS only then), so the answer is the
 * same wherever it ran.
 */
import type { ReadOptions } from '@shared/exchange/import';
import { frameworkKey } from '@shared/framework/key';
import type { Framework } from '@shared/framework/types';
import { createWorkerReader, type ReadWhere, spawnImportWorker, type WorkerLike } from './import-reader';
import type { OutsideKind, OutsideResults } from './outside-kinds';

/** Files up to this size are read on the page (see above). */
export const PAGE_READ_MAX_BYTES = 16 * 1024;

/** The last outside file read, and where: kept for the end-to-end tests, which read it from the page. */
export interface OutsideReadRecord {
  kind: OutsideKind;
  name: string;
  bytes: number;
  readIn: ReadWhere;
}

let last: OutsideReadRecord | undefined;

/** The last outside file read by `readOutsideFile` (also on `globalThis.__dtiLastOutsideRead`). */
export function lastOutsideRead(): OutsideReadRecord | undefined {
  return last;
}

function record(r: OutsideReadRecord): void {
  last = r;
  (globalThis as { __dtiLastOutsideRead?: OutsideReadRecord }).__dtiLastOutsideRead = r;
}

/** Options: the frameworks an assessment read may need; tests pass their own worker and size limit. */
export interface OutsideReadOptions {
  frameworks?: Framework[];
  spawn?: () => WorkerLike;
  pageMaxBytes?: number;
  timeoutMs?: number;
}

/** Reads one outside file of `kind`; never throws: a bad file is the kind's refusal value, in Vietnamese. */
export async function readOutsideFile<K extends OutsideKind>(
  kind: K,
  bytes: Uint8Array,
  name: string,
  opts: OutsideReadOptions = {},
): Promise<OutsideResults[K]> {
  const size = bytes.byteLength;
  const onPage = async (): Promise<OutsideResults[K]> => {
    const { readOutside } = await import('./outside-dispatch');
    const fws = new Map((opts.frameworks ?? []).map((f) => [frameworkKey(f.id, f.version), f]));
    const readOpts: ReadOptions = { resolveFramework: (id, v) => fws.get(frameworkKey(id, v)) };
    const result = readOutside(kind, bytes, name, readOpts);
    record({ kind, name, bytes: size, readIn: 'page' });
    return result;
  };
  if (size <= (opts.pageMaxBytes ?? PAGE_READ_MAX_BYTES)) return onPage();
  let worker: WorkerLike;
  try {
    worker = (opts.spawn ?? spawnImportWorker)();
  } catch {
    return onPage();
  }
  const reader = createWorkerReader(opts.frameworks ?? [], {
    spawn: () => worker,
    ...(opts.timeoutMs === undefined ? {} : { timeoutMs: opts.timeoutMs }),
  });
  try {
    const r = await reader.readKind(kind, bytes, name);
    record({ kind, name, bytes: size, readIn: r.readIn });
    return r.result;
  } finally {
    reader.dispose();
  }
}
