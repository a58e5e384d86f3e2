/**
 * A pool of Web Workers sized to the cores, for reading outside files off the page's thread. Generic over what the
 * worker is asked: a job is any message carrying the `id` the pool gives it, and the answer is the worker message
 * with the same `id`. Each job runs in one worker under a time limit; jobs wait in order for the first free worker.
 * A worker that runs past the limit, crashes, or is retired after an answer (memory) is terminated, and the next
 * job in its slot gets a fresh worker, which is sent the `init` message first.
 */

/** The part of `Worker` the pool uses (tests pass a fake). */
export interface PoolWorker<Req, Res> {
  onmessage: ((ev: MessageEvent<Res>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
  postMessage(message: Req, transfer?: Transferable[]): void;
  terminate(): void;
}

/** How one job ended: the worker's answer, or why there is none. */
export type PoolOutcome<Res> =
  | { kind: 'answer'; data: Res }
  | { kind: 'timeout' }
  | { kind: 'crash'; detail: string }
  | { kind: 'no-worker'; detail: string };

/** One job: builds its message from the id the pool gives it; `retire` says whether to replace the worker after. */
export interface PoolJob<Req, Res> {
  message: (id: number) => { message: Req; transfer?: Transferable[] };
  retire?: (answer: Res) => boolean;
}

export interface WorkerPool<Req, Res> {
  /** Jobs run at once. */
  readonly size: number;
  run(job: PoolJob<Req, Res>): Promise<PoolOutcome<Res>>;
  /** Starts every worker now (sent `init`), so the first jobs do not wait for a worker to load. */
  warm(): void;
  /** Posts a message that needs no answer to every worker started and idle. */
  broadcast(make: () => { message: Req; transfer?: Transferable[] }): void;
  /** Stops every worker (jobs still waiting are not run). */
  dispose(): void;
}

/** Workers a pool starts by default: one per core, at most 4 (the page still runs the database and the screen). */
export function defaultPoolSize(): number {
  const cores = typeof navigator === 'undefined' ? undefined : navigator.hardwareConcurrency;
  return Math.max(1, Math.min(4, cores || 2));
}

interface Slot<Req, Res> {
  worker: PoolWorker<Req, Res> | null;
  busy: boolean;
}

interface Waiting<Req, Res> {
  job: PoolJob<Req, Res>;
  resolve: (o: PoolOutcome<Res>) => void;
}

export function createWorkerPool<Req, Res extends { id: number }>(opts: {
  spawn: () => PoolWorker<Req, Res>;
  /** Sent to every new worker before its first job. */
  init?: Req;
  timeoutMs: number;
  size?: number;
}): WorkerPool<Req, Res> {
  const slots: Slot<Req, Res>[] = Array.from({ length: Math.max(1, opts.size ?? defaultPoolSize()) }, () => ({
    worker: null,
    busy: false,
  }));
  const waiting: Waiting<Req, Res>[] = [];
  let nextId = 1;
  let disposed = false;

  const fresh = (slot: Slot<Req, Res>): PoolWorker<Req, Res> => {
    if (slot.worker) return slot.worker;
    const w = opts.spawn();
    if (opts.init !== undefined) w.postMessage(opts.init);
    slot.worker = w;
    return w;
  };
  const kill = (slot: Slot<Req, Res>) => {
    slot.worker?.terminate();
    slot.worker = null;
  };

  const runOn = (slot: Slot<Req, Res>, job: PoolJob<Req, Res>): Promise<PoolOutcome<Res>> =>
    new Promise((resolve) => {
      let w: PoolWorker<Req, Res>;
      try {
        w = fresh(slot);
      } catch (e) {
        resolve({ kind: 'no-worker', detail: e instanceof Error ? e.message : String(e) });
        return;
      }
      const id = nextId++;
      const done = (o: PoolOutcome<Res>) => {
        clearTimeout(timer);
        w.onmessage = null;
        w.onerror = null;
        resolve(o);
      };
      const timer = setTimeout(() => {
        kill(slot);
        done({ kind: 'timeout' });
      }, opts.timeoutMs);
      w.onmessage = (ev) => {
        if (ev.data.id !== id) return;
        if (job.retire?.(ev.data)) kill(slot);
        done({ kind: 'answer', data: ev.data });
      };
      w.onerror = (ev) => {
        ev.preventDefault?.();
        kill(slot);
        done({ kind: 'crash', detail: ev.message });
      };
      const { message, transfer } = job.message(id);
      w.postMessage(message, transfer);
    });

  const pump = () => {
    for (const slot of slots) {
      if (waiting.length === 0 || disposed) return;
      if (slot.busy) continue;
      const next = waiting.shift() as Waiting<Req, Res>;
      slot.busy = true;
      void runOn(slot, next.job).then((o) => {
        slot.busy = false;
        next.resolve(o);
        pump();
      });
    }
  };

  return {
    size: slots.length,
    run: (job) =>
      new Promise((resolve) => {
        waiting.push({ job, resolve });
        pump();
      }),
    broadcast: (make) => {
      if (disposed) return;
      for (const slot of slots) {
        if (!slot.worker || slot.busy) continue;
        const { message, transfer } = make();
        slot.worker.postMessage(message, transfer);
      }
    },
    warm: () => {
      if (disposed) return;
      for (const slot of slots)
        try {
          fresh(slot);
        } catch {
          // A worker that cannot start is reported by the job that needs it ('no-worker').
        }
    },
    dispose: () => {
      disposed = true;
      slots.forEach(kill);
      for (const w of waiting.splice(0)) w.resolve({ kind: 'no-worker', detail: 'pool stopped' });
    },
  };
}
