// The worker reader: bytes transferred, one answer per file, a stuck worker stopped at the time limit and replaced.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportRead } from '../../../shared/exchange/import';
import {
  createWorkerReader,
  type Rehearsal,
  TIMEOUT_MESSAGE,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../renderer/exchange/import-reader';

class FakeWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  sent: { msg: WorkerRequest; transfer?: Transferable[] }[] = [];
  constructor(private answer: (name: string) => ImportRead | 'hang') {}
  postMessage(msg: WorkerRequest, transfer?: Transferable[]): void {
    this.sent.push({ msg, transfer });
    if (msg.type !== 'read') return;
    const r = this.answer(msg.name);
    if (r !== 'hang')
      queueMicrotask(() => this.onmessage?.({ data: { id: msg.id, result: r } } as MessageEvent<WorkerResponse>));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const refused: ImportRead = { ok: false, error: { kind: 'not-zip', message: 'Không phải tệp Excel.' } };

/** A reader over two fake workers that refuse every file, with the workers it started. */
function twoRefusingWorkers(rehearsal?: Rehearsal) {
  const workers: FakeWorker[] = [];
  const reader = createWorkerReader([], {
    size: 2,
    spawn: () => {
      const w = new FakeWorker(() => refused);
      workers.push(w);
      return w;
    },
    ...(rehearsal ? { rehearsal } : {}),
  });
  return { reader, workers };
}

describe('worker reader', () => {
  it('transfers the bytes, answers each file, and replaces a worker that ran past the limit', async () => {
    const workers: FakeWorker[] = [];
    const reader = createWorkerReader([], {
      timeoutMs: 50,
      spawn: () => {
        const w = new FakeWorker((name) => (name === 'stuck.xlsx' ? 'hang' : refused));
        workers.push(w);
        return w;
      },
    });
    const bytes = new Uint8Array([1, 2, 3]);
    expect(await reader.read(bytes, 'a.xlsx')).toEqual(refused);
    const first = workers[0]!;
    expect(first.sent[0]?.msg.type).toBe('init');
    expect(first.sent[1]?.transfer?.[0]).toBe(bytes.buffer);

    const stuck = await reader.read(new Uint8Array(8), 'stuck.xlsx');
    expect(stuck.ok ? '' : stuck.error.message).toBe(TIMEOUT_MESSAGE);
    expect(first.terminated).toBe(true);

    expect(await reader.read(new Uint8Array(8).subarray(2, 4), 'b.xlsx')).toEqual(refused);
    expect(workers).toHaveLength(2);
    const copied = workers[1]!.sent[1]?.transfer?.[0] as ArrayBuffer;
    expect(copied.byteLength).toBe(2);
    reader.dispose();
    expect(workers[1]!.terminated).toBe(true);
  });

  it('reads `size` files at once on a pool of workers and answers each call with its own file', async () => {
    const workers: DeferredWorker[] = [];
    const reader = createWorkerReader([], {
      size: 2,
      spawn: () => {
        const w = new DeferredWorker();
        workers.push(w);
        return w;
      },
    });
    expect(reader.size).toBe(2);
    const names = ['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx'];
    const answers = names.map((n) => reader.read(new Uint8Array(4), n));
    await Promise.resolve();
    // Two workers, each busy with one file; the other two files wait.
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.pending.map((p) => p.name))).toEqual([['a.xlsx'], ['b.xlsx']]);
    workers[1]!.answerAll(); // b finishes first
    await Promise.resolve();
    await Promise.resolve();
    expect(workers[1]!.pending.map((p) => p.name)).toEqual(['c.xlsx']);
    workers[0]!.answerAll();
    workers[1]!.answerAll();
    await new Promise((r) => setTimeout(r, 0));
    for (const w of workers) w.answerAll();
    const got = await Promise.all(answers);
    expect(got.map((r) => (r.ok ? '' : r.error.message))).toEqual(names);
    reader.dispose();
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('warm() starts every worker with its frameworks before any file, and the files then use those workers', async () => {
    const { reader, workers } = twoRefusingWorkers();
    expect(workers).toHaveLength(0); // nothing starts until asked
    reader.warm();
    expect(workers).toHaveLength(2);
    expect(workers.map((w) => w.sent.map((s) => s.msg.type))).toEqual([['init'], ['init']]);
    reader.warm(); // a second call starts nothing more
    expect(await Promise.all(['a.xlsx', 'b.xlsx', 'c.xlsx'].map((n) => reader.read(new Uint8Array(2), n)))).toEqual([
      refused,
      refused,
      refused,
    ]);
    expect(workers).toHaveLength(2);
    expect(workers.flatMap((w) => w.sent.filter((s) => s.msg.type === 'read'))).toHaveLength(3);
    reader.dispose();
    reader.warm(); // after dispose: no new worker
    expect(workers).toHaveLength(2);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });
});

/** A worker that answers only when told to, with the file name as the message. */
class DeferredWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  pending: { id: number; name: string }[] = [];
  postMessage(msg: WorkerRequest): void {
    if (msg.type === 'read') this.pending.push({ id: msg.id, name: msg.name });
  }
  answerAll(): void {
    for (const p of this.pending.splice(0)) {
      const result: ImportRead = { ok: false, error: { kind: 'not-zip', message: p.name } };
      this.onmessage?.({ data: { id: p.id, result } } as MessageEvent<WorkerResponse>);
    }
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('worker reader warmed ahead: the rehearsal', () => {
  afterEach(() => vi.useRealTimers());

  /** A reader of two fake workers whose rehearsal sample is `sample`, started `afterMs` = 300 after warm(). */
  function warmed(sample: Uint8Array | undefined) {
    vi.useFakeTimers();
    const { reader, workers } = twoRefusingWorkers({ sample: async () => sample, rounds: 24, afterMs: 300 });
    const rehearsals = () => workers.flatMap((w) => w.sent.filter((s) => s.msg.type === 'rehearse'));
    return { reader, workers, rehearsals };
  }

  it('sends each worker the sample to rehearse on when no file is asked for within afterMs', async () => {
    const sample = new Uint8Array([80, 75, 3, 4]);
    const { reader, workers, rehearsals } = warmed(sample);
    reader.warm();
    expect(workers).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(299);
    expect(rehearsals()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(rehearsals()).toHaveLength(2);
    for (const w of workers) {
      const [r] = w.sent.filter((s) => s.msg.type === 'rehearse');
      expect(r?.msg.type === 'rehearse' && r.msg.rounds).toBe(24);
      // Each worker is given its own copy, transferred.
      expect(r?.msg.type === 'rehearse' && [...new Uint8Array(r.msg.bytes)]).toEqual([...sample]);
      expect(r?.transfer).toEqual([r?.msg.type === 'rehearse' && r.msg.bytes]);
    }
    expect(sample.byteLength).toBe(4);
    reader.dispose();
  });

  it('start() loads the workers and rehearses nothing; warm() afterwards adds the rehearsal to the same workers', async () => {
    const { reader, workers, rehearsals } = warmed(new Uint8Array([1]));
    reader.start();
    expect(workers.map((w) => w.sent.map((s) => s.msg.type))).toEqual([['init'], ['init']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(rehearsals()).toEqual([]);
    reader.warm();
    await vi.advanceTimersByTimeAsync(300);
    expect(workers).toHaveLength(2);
    expect(rehearsals()).toHaveLength(2);
    reader.dispose();
  });

  it('does not rehearse once files are being read (picked at once), nor without a sample', async () => {
    const picked = warmed(new Uint8Array([1]));
    picked.reader.warm();
    await picked.reader.read(new Uint8Array([9]), 'a.xlsx');
    await vi.advanceTimersByTimeAsync(1000);
    expect(picked.rehearsals()).toEqual([]);
    picked.reader.dispose();
    vi.useRealTimers();

    const none = warmed(undefined);
    none.reader.warm();
    await vi.advanceTimersByTimeAsync(1000);
    expect(none.workers).toHaveLength(2);
    expect(none.rehearsals()).toEqual([]);
    none.reader.dispose();
  });
});
