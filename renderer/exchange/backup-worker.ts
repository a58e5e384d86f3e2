/**
 * The page's side of the backup worker (./backup.worker.ts): a backup of the app's database taken in a worker, so
 * the seconds of reading, JSON and hashing a large database never freeze the page. Where a worker cannot run (no
 * Worker, or it fails to start), the backup is taken on the page as before: a backup is never skipped for it.
 */
import type { BackupHeader, BackupReason, EncodedBackup } from '@shared/backup';

/** A backup request: which database, and what the header says. */
export interface BackupWorkerRequest {
  id: number;
  dbName: string;
  appVersion: string;
  reason: BackupReason;
}

/** The worker's answer: the file's bytes, or why it could not be taken. */
export type BackupWorkerResponse =
  { id: number; ok: true; header: BackupHeader; bytes: Uint8Array } | { id: number; ok: false; message: string };

let nextId = 1;

/** Takes a backup in a fresh module worker, which is stopped when it answers. */
export function backupInWorker(request: Omit<BackupWorkerRequest, 'id'>): Promise<EncodedBackup> {
  if (typeof Worker === 'undefined') return Promise.reject(new Error('no Worker'));
  const id = nextId++;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module', name: 'dti-backup' });
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise<EncodedBackup>((resolve, reject) => {
    worker.onmessage = (ev: MessageEvent<BackupWorkerResponse>) => {
      const r = ev.data;
      if (r.id !== id) return;
      worker.terminate();
      if (r.ok) resolve({ header: r.header, bytes: r.bytes });
      else reject(new Error(r.message));
    };
    worker.onerror = (ev) => {
      worker.terminate();
      reject(new Error(ev.message || 'the backup worker failed'));
    };
    worker.postMessage({ id, ...request } satisfies BackupWorkerRequest);
  });
}
