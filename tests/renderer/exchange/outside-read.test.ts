// One outside file read by a screen: a file above 16 kB goes to the import worker (bytes transferred, the worker's
// answer and time limit for every kind), a small one and any file where no worker can be made are read on the page
// by the same reader; where each was read is recorded for the end-to-end tests.
import { describe, expect, it } from 'vitest';
import { workbookToFramework } from '../../../shared/exchange/framework-workbook';
import { openOutsideWorkbook } from '../../../shared/exchange/open-workbook';
import { READ_MEMORY_CAP_BYTES } from '../../../shared/exchange/read-limits';
import { readUnitSheet } from '../../../shared/units/unit-sheet';
import { readRemarksFile } from '../../../shared/verify/remarks-read';
import {
  TIMEOUT_MESSAGE,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../renderer/exchange/import-reader';
import { OUTSIDE_KINDS } from '../../../renderer/exchange/outside-kinds';
import { lastOutsideRead, PAGE_READ_MAX_BYTES, readOutsideFile } from '../../../renderer/exchange/outside-read';
import { createReadHandler } from '../../../renderer/exchange/read-handler';
import { goodFiles, hostileFiles, unitListBytes } from './outside-files';

/** A worker in this process running the real handler; 'hang' never answers, 'crash' fails like a dead worker. */
class InProcessWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  requests: { msg: WorkerRequest; transfer?: Transferable[] }[] = [];
  private handle = createReadHandler({
    post: (m) => queueMicrotask(() => this.onmessage?.({ data: m } as MessageEvent<WorkerResponse>)),
    heapBytes: () => 60 * 1024 * 1024,
    readIn: 'worker',
  });
  constructor(private mode: 'answer' | 'hang' | 'crash' = 'answer') {}
  postMessage(msg: WorkerRequest, transfer?: Transferable[]): void {
    this.requests.push({ msg, transfer });
    if (msg.type === 'read' && this.mode === 'hang') return;
    if (msg.type === 'read' && this.mode === 'crash') {
      queueMicrotask(() => this.onerror?.({ message: 'out of memory' } as ErrorEvent));
      return;
    }
    this.handle(msg);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const files = await goodFiles();

describe('reading one outside file', () => {
  it('sends a unit list above 16 kB to the worker, transferred, and gives the shared reader’s answer', async () => {
    const bytes = files['unit-list'];
    expect(bytes.byteLength).toBeGreaterThan(PAGE_READ_MAX_BYTES);
    const expected = readUnitSheet(bytes);
    expect(expected.items).toHaveLength(129);
    const workers: InProcessWorker[] = [];
    const r = await readOutsideFile('unit-list', bytes, 'ds.xlsx', {
      spawn: () => {
        workers.push(new InProcessWorker());
        return workers.at(-1)!;
      },
    });
    expect(r).toEqual(expected);
    expect(workers).toHaveLength(1);
    const read = workers[0]!.requests.find((q) => q.msg.type === 'read')!;
    expect(read.msg).toMatchObject({ type: 'read', kind: 'unit-list', name: 'ds.xlsx' });
    expect(read.transfer?.[0]).toBe(bytes.buffer);
    expect(workers[0]!.terminated).toBe(true);
    expect(lastOutsideRead()).toEqual({
      kind: 'unit-list',
      name: 'ds.xlsx',
      bytes: bytes.byteLength,
      readIn: 'worker',
    });
  });

  it.each(OUTSIDE_KINDS)('%s: the request names its kind and the answer is that kind’s', async (kind) => {
    const w = new InProcessWorker();
    const r = await readOutsideFile(kind, files[kind].slice(), 'f.xlsx', { spawn: () => w, pageMaxBytes: 0 });
    expect(w.requests.find((q) => q.msg.type === 'read')?.msg).toMatchObject({ kind });
    if (kind === 'unit-list') expect(r).toEqual(readUnitSheet(files[kind]));
    else if (kind === 'framework') expect(r).toEqual(workbookToFramework(files[kind]));
    else if (kind === 'remarks') expect(r).toEqual(readRemarksFile(files[kind], 'f.xlsx'));
    else expect((r as { ok: boolean }).ok).toBe(true);
    expect(lastOutsideRead()?.readIn).toBe('worker');
  });

  it('reads a file of at most 16 kB on the page, with the same answer', async () => {
    const small = unitListBytes(5, true);
    expect(small.byteLength).toBeLessThanOrEqual(PAGE_READ_MAX_BYTES);
    let spawned = 0;
    const r = await readOutsideFile('unit-list', small, 'nho.xlsx', {
      spawn: () => {
        spawned++;
        return new InProcessWorker();
      },
    });
    expect(spawned).toBe(0);
    expect(r).toEqual(readUnitSheet(small));
    expect(r.items).toHaveLength(5);
    expect(lastOutsideRead()).toMatchObject({ name: 'nho.xlsx', readIn: 'page' });
  });

  it('reads on the page where no worker can be made (Node has no Worker)', async () => {
    expect(typeof (globalThis as { Worker?: unknown }).Worker).toBe('undefined');
    const r = await readOutsideFile('framework', files.framework, 'bo-chi-so.xlsx');
    expect(r).toEqual(workbookToFramework(files.framework));
    expect(lastOutsideRead()).toMatchObject({ kind: 'framework', readIn: 'page' });
  });

  it('stops a worker past the time limit, and one that crashed, with the messages of the assessment import', async () => {
    const hung = new InProcessWorker('hang');
    const late = await readOutsideFile('unit-list', files['unit-list'].slice(), 'a.xlsx', {
      spawn: () => hung,
      timeoutMs: 30,
    });
    expect(late).toEqual({ items: [], errors: [TIMEOUT_MESSAGE] });
    expect(hung.terminated).toBe(true);
    const lateFw = await readOutsideFile('framework', files.framework.slice(), 'b.xlsx', {
      spawn: () => new InProcessWorker('hang'),
      timeoutMs: 30,
    });
    expect(!lateFw.ok && lateFw.errors.map((e) => e.message)).toEqual([TIMEOUT_MESSAGE]);
    const crashed = new InProcessWorker('crash');
    const dead = await readOutsideFile('remarks', files.remarks.slice(), 'c.xlsx', {
      spawn: () => crashed,
      pageMaxBytes: 0,
    });
    expect(!dead.ok && dead.error.message).toBe('Bộ đọc tệp gặp lỗi và đã dừng (tệp có thể quá lớn hoặc hỏng).');
    expect(crashed.terminated).toBe(true);
  });

  it('gives a zip bomb and random bytes, read in the worker, the door’s message for a unit list and a framework', async () => {
    for (const f of hostileFiles()) {
      expect(f.bytes.byteLength).toBeGreaterThan(PAGE_READ_MAX_BYTES);
      const door = openOutsideWorkbook(f.bytes);
      const message = door.ok ? '' : door.error.message;
      const units = await readOutsideFile('unit-list', f.bytes.slice(), f.name, { spawn: () => new InProcessWorker() });
      expect(units).toEqual({ items: [], errors: [message] });
      expect(lastOutsideRead()?.readIn).toBe('worker');
      const fw = await readOutsideFile('framework', f.bytes.slice(), f.name, { spawn: () => new InProcessWorker() });
      expect(!fw.ok && fw.errors.map((e) => e.message)).toEqual([message]);
    }
    expect(READ_MEMORY_CAP_BYTES).toBeGreaterThan(60 * 1024 * 1024);
  });
});
