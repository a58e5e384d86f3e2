/** A worker thread of `dti-desk`: checks the files it is sent, one at a time, and answers with each verdict. */
import { parentPort, workerData } from 'node:worker_threads';
import { type CheckSetup, fileChecker } from './check-file';

const check = fileChecker(workerData as CheckSetup);
parentPort?.on('message', (msg: { id: number; path: string }) => {
  void check(msg.path).then((result) => parentPort?.postMessage({ id: msg.id, result }));
});
