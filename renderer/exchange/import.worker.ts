/**
 * Reads every kind of outside file off the main thread (assessment, remarks, framework, unit list), so a hostile or
 * huge file never freezes the page. Pure: the frameworks it may need come with an 'init' message; it never touches
 * the database. The work itself is ./read-handler's.
 */
import type { WorkerRequest, WorkerResponse } from './import-reader';
import { createReadHandler } from './read-handler';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerResponse): void;
  WorkerGlobalScope?: abstract new () => unknown;
}

const scope = globalThis as unknown as WorkerScope;

/** True only in a real worker: its global object is a WorkerGlobalScope. */
const inWorker = typeof scope.WorkerGlobalScope === 'function' && scope instanceof scope.WorkerGlobalScope;

const handle = createReadHandler({
  post: (message) => scope.postMessage(message),
  heapBytes: () => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
  readIn: inWorker ? 'worker' : 'page',
});

scope.onmessage = (ev) => handle(ev.data);
