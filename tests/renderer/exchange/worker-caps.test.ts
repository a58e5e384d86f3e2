// A reader that grows past its memory cap or runs past its time limit is stopped and reported, and the next file
// of the same import is still read and imported. The fake worker runs the real `readAssessmentFile` with the
// worker's checkpoint; its heap is what the test says it is.
import { describe, expect, it } from 'vitest';
import {
  MEMORY_MESSAGE,
  MemoryCapExceeded,
  READ_MEMORY_CAP_BYTES,
  TIMEOUT_MESSAGE,
} from '../../../shared/exchange/read-limits';
import { exportAssessment } from '../../../shared/exchange/export';
import { readAssessmentFile } from '../../../shared/exchange/import';
import type { Framework } from '../../../shared/framework/types';
import { commitImport, dryRun } from '../../../renderer/exchange/import-pipeline';
import {
  createWorkerReader,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../renderer/exchange/import-reader';
import { sampleInput } from '../../shared/exchange/sample';
import { dbHash, districtDb } from './helpers';

/** A worker whose heap grows by `grow(name)` bytes per read phase; 'hang' never answers. */
class HeapWorker implements WorkerLike {
  onmessage: ((ev: MessageEvent<WorkerResponse>) => void) | null = null;
  onerror: ((ev: ErrorEvent) => void) | null = null;
  terminated = false;
  heap = 50 * 1024 * 1024;
  private fws = new Map<string, Framework>();
  constructor(private grow: (name: string) => number | 'hang') {}
  postMessage(msg: WorkerRequest): void {
    if (msg.type === 'init') {
      this.fws = new Map(msg.frameworks.map((f) => [`${f.id}\u0000${f.version}`, f]));
      return;
    }
    if (msg.type === 'rehearse') return;
    const g = this.grow(msg.name);
    if (g === 'hang') return;
    const result = readAssessmentFile(new Uint8Array(msg.bytes), msg.name, {
      resolveFramework: (id, v) => this.fws.get(`${id}\u0000${v}`),
      checkpoint: () => {
        this.heap += g;
        if (this.heap > READ_MEMORY_CAP_BYTES) throw new MemoryCapExceeded(this.heap);
      },
    });
    queueMicrotask(() => this.onmessage?.({ data: { id: msg.id, result, heapBytes: this.heap } } as MessageEvent));
  }
  terminate(): void {
    this.terminated = true;
  }
}

const file = async (unit: string, name: string) => ({
  name,
  bytes: (await exportAssessment(sampleInput({ unit: { code: unit, name: `Xã ${unit}`, type: 'commune' } }))).bytes,
});

describe('worker caps', () => {
  it('stops a read past the memory cap and one past the time limit; the next file still imports', async () => {
    const d = await districtDb();
    const fws = (await d.frameworks.toArray()).map((f) => f.framework);
    const workers: HeapWorker[] = [];
    const reader = createWorkerReader(fws, {
      timeoutMs: 200,
      spawn: () => {
        const w = new HeapWorker((name) => (name === 'stuck.xlsx' ? 'hang' : name === 'huge.xlsx' ? 400e6 : 1e6));
        workers.push(w);
        return w;
      },
    });
    const before = await dbHash(d);
    const files = await Promise.all([
      file('14761', 'huge.xlsx'),
      file('14761', 'stuck.xlsx'),
      file('14758', 'good.xlsx'),
    ]);
    const plans = await dryRun(d, files, reader.read, { period: { year: 2024, kind: 'year' } });
    reader.dispose();

    expect(plans.map((p) => p.outcome.kind)).toEqual(['error', 'error', 'new']);
    expect(plans[0]?.outcome).toEqual({ kind: 'error', message: MEMORY_MESSAGE });
    expect(plans[1]?.outcome).toEqual({ kind: 'error', message: TIMEOUT_MESSAGE });
    // Each stopped reader was terminated; every file after it got a fresh one.
    expect(workers).toHaveLength(3);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers[1]?.terminated).toBe(true);
    expect(await dbHash(d)).toBe(before);

    const results = await commitImport(d, plans);
    expect(results.map((r) => r.kind)).toEqual(['refused', 'refused', 'imported']);
    expect(await d.assessments.count()).toBe(1);
  });

  it('replaces a worker whose heap stays above the cap after a good read, keeping the result', async () => {
    const d = await districtDb();
    const fws = (await d.frameworks.toArray()).map((f) => f.framework);
    const workers: HeapWorker[] = [];
    const reader = createWorkerReader(fws, {
      memoryCapBytes: 60 * 1024 * 1024,
      spawn: () => {
        const w = new HeapWorker(() => 6 * 1024 * 1024);
        workers.push(w);
        return w;
      },
    });
    const a = await reader.read((await file('14758', 'a.xlsx')).bytes, 'a.xlsx');
    expect(a.ok).toBe(true);
    expect(workers[0]?.terminated).toBe(true);
    const b = await reader.read((await file('14758', 'b.xlsx')).bytes, 'b.xlsx');
    expect(b.ok).toBe(true);
    expect(workers).toHaveLength(2);
    reader.dispose();
  });
});
