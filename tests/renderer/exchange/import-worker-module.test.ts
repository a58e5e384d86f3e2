// The worker module itself, loaded into a stand-in worker scope: it installs its handler, answers a request of
// every kind, and says it ran in a worker only when its global object is a WorkerGlobalScope.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkerRequest, WorkerResponse } from '../../../renderer/exchange/import-reader';
import { unitListBytes } from './outside-files';

type Scope = {
  onmessage?: ((ev: { data: WorkerRequest }) => void) | null;
  postMessage?: (m: WorkerResponse) => void;
  WorkerGlobalScope?: unknown;
};
const scope = globalThis as unknown as Scope;

afterEach(() => {
  delete scope.onmessage;
  delete scope.postMessage;
  delete scope.WorkerGlobalScope;
  vi.resetModules();
});

async function load(inWorker: boolean): Promise<WorkerResponse[]> {
  const answers: WorkerResponse[] = [];
  scope.postMessage = (m) => answers.push(m);
  if (inWorker)
    scope.WorkerGlobalScope = class {
      static [Symbol.hasInstance](x: unknown) {
        return x === globalThis;
      }
    };
  await import('../../../renderer/exchange/import.worker');
  expect(typeof scope.onmessage).toBe('function');
  return answers;
}

describe('import.worker module', () => {
  it('answers a unit-list request in a worker scope, saying so', async () => {
    const answers = await load(true);
    scope.onmessage!({ data: { type: 'init', frameworks: [] } });
    scope.onmessage!({
      data: { type: 'read', id: 7, kind: 'unit-list', name: 'ds.xlsx', bytes: unitListBytes(3).buffer as ArrayBuffer },
    });
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ id: 7, readIn: 'worker' });
    expect((answers[0]!.result as { items: unknown[] }).items).toHaveLength(3);
  });

  it('does not claim a worker where its global object is not one', async () => {
    const answers = await load(false);
    scope.onmessage!({ data: { type: 'read', id: 1, kind: 'framework', name: 'x.xlsx', bytes: new ArrayBuffer(8) } });
    expect(answers[0]?.readIn).toBe('page');
    expect(answers[0]?.result).toMatchObject({ ok: false });
  });
});
