/**
 * Reads assessment files off the main thread, so a hostile or huge file never freezes the page. Pure: the
 * frameworks it may need come with an 'init' message; it never touches the database.
 */
import { frameworkKey } from '@shared/framework/key';
import { MemoryCapExceeded, READ_MEMORY_CAP_BYTES, readAssessmentFile } from '@shared/exchange';
import type { Framework } from '@shared/framework/types';
import type { WorkerRequest, WorkerResponse } from './import-reader';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

/** The worker's JavaScript heap where Chromium reports it (performance.memory), else undefined. */
function heapBytes(): number | undefined {
  return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
}

/** Stops the read between phases once the heap (or, where it is not reported, the estimate) is past the cap. */
function checkpoint(held: number): void {
  const used = heapBytes() ?? held;
  if (used > READ_MEMORY_CAP_BYTES) throw new MemoryCapExceeded(used);
}
let frameworks = new Map<string, Framework>();

scope.onmessage = (ev) => {
  const msg = ev.data;
  if (msg.type === 'init') {
    frameworks = new Map(msg.frameworks.map((f) => [frameworkKey(f.id, f.version), f]));
    return;
  }
  const result = readAssessmentFile(new Uint8Array(msg.bytes), msg.name, {
    resolveFramework: (id, version) => frameworks.get(frameworkKey(id, version)),
    checkpoint,
  });
  scope.postMessage({ id: msg.id, result, heapBytes: heapBytes() });
};
