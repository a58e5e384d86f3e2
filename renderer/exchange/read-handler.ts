/**
 * What the import worker does with each message, as a plain function of its surroundings so that tests can drive
 * it without a worker: 'init' keeps the frameworks an assessment read may need; 'read' runs the shared reader of
 * the request's kind (./outside-dispatch) with the memory checkpoint, and posts back the result value, the heap after
 * the read, and where it ran. 'rehearse' reads a sample file over and over while no file has come, so that the engine
 * compiles the reader's hot paths before the officer's files arrive (see ./import-reader's `warm`).
 */
import { frameworkKey } from '@shared/framework/key';
import { MemoryCapExceeded, READ_MEMORY_CAP_BYTES } from '@shared/exchange/read-limits';
import type { Framework } from '@shared/framework/types';
import type { ReadWhere, WorkerRequest, WorkerResponse } from './import-reader';
import { readOutside } from './outside-dispatch';
import type { OutsideKind } from './outside-kinds';

/** The handler's surroundings: how to answer, how to see the heap, where it runs. */
export interface ReadHandlerEnv {
  post(message: WorkerResponse): void;
  /** The JavaScript heap where the engine reports it (Chromium's performance.memory), else undefined. */
  heapBytes(): number | undefined;
  readIn: ReadWhere;
  memoryCapBytes?: number;
  /** Runs `fn` as a task of its own, after the messages already queued (default: setTimeout 0). */
  later?: (fn: () => void) => void;
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
  const later = env.later ?? ((fn: () => void) => void setTimeout(fn, 0));
  const read = (kind: OutsideKind, bytes: Uint8Array, name: string) =>
    readOutside(kind, bytes, name, {
      resolveFramework: (id, version) => frameworks.get(frameworkKey(id, version)),
      checkpoint,
    });
  /** Bumped by every read and every new rehearsal: a rehearsal whose number is past stops at its next round. */
  let rehearsal = 0;
  return (msg) => {
    if (msg.type === 'init') {
      frameworks = new Map(msg.frameworks.map((f) => [frameworkKey(f.id, f.version), f]));
      return;
    }
    if (msg.type === 'rehearse') {
      // One read per task: a file that arrives meanwhile waits for one sample read at most, then ends the rehearsal.
      const mine = ++rehearsal;
      const sample = new Uint8Array(msg.bytes);
      let left = msg.rounds;
      const round = () => {
        if (mine !== rehearsal || left-- <= 0) return;
        read('assessment', sample, 'rehearsal.xlsx');
        later(round);
      };
      later(round);
      return;
    }
    rehearsal++;
    const result = read(msg.kind, new Uint8Array(msg.bytes), msg.name);
    env.post({ id: msg.id, result, heapBytes: env.heapBytes(), readIn: env.readIn });
  };
}
