/**
 * What the import worker does with each message, as a plain function of its surroundings so that tests can drive
 * it without a worker: 'init' keeps the frameworks an assessment read may need; 'read' runs the shared reader of
 * the request's kind (./outside-dispatch) with the memory checkpoint, and posts back the result value, the heap after
 * the read, and where it ran.
 */
import { frameworkKey } from '@shared/framework/key';
import { MemoryCapExceeded, READ_MEMORY_CAP_BYTES } from '@shared/exchange/read-limits';
import type { Framework } from '@shared/framework/types';
import type { ReadWhere, WorkerRequest, WorkerResponse } from './import-reader';
import { readOutside } from './outside-dispatch';

/** The handler's surroundings: how to answer, how to see the heap, where it runs. */
export interface ReadHandlerEnv {
  post(message: WorkerResponse): void;
  /** The JavaScript heap where the engine reports it (Chromium's performance.memory), else undefined. */
  heapBytes(): number | undefined;
  readIn: ReadWhere;
  memoryCapBytes?: number;
}

/** The worker's message handler. */
export function createReadHandler(env: ReadHandlerEnv): (msg: WorkerRequest) => void {
  const cap = env.memoryCapBytes ?? READ_MEMORY_CAP_BYTES;
  let frameworks = new Map<string, Framework>();
  /** Stops the read between phases once the heap (or, where it is not reported, the estimate) is past the cap. */
  const checkpoint = (held: number): void => {
    const used = env.heapBytes() ?? held;
    if (used > cap) throw new MemoryCapExceeded(used);
  };
  return (msg) => {
    if (msg.type === 'init') {
      frameworks = new Map(msg.frameworks.map((f) => [frameworkKey(f.id, f.version), f]));
      return;
    }
    const result = readOutside(msg.kind, new Uint8Array(msg.bytes), msg.name, {
      resolveFramework: (id, version) => frameworks.get(frameworkKey(id, version)),
      checkpoint,
    });
    env.post({ id: msg.id, result, heapBytes: env.heapBytes(), readIn: env.readIn });
  };
}
