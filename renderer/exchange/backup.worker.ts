/**
 * Takes a backup off the main thread: the worker opens the app's database itself, reads every table in one read
 * transaction, serialises and hashes them, and hands the file's bytes back (transferred, not copied). The page
 * stays responsive while the import batch waits for its backup. It only reads; writing the file stays with the page.
 */
import { createBackup } from '../db/backup';
import { DtiDatabase, versionOnDisk } from '../db/database';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import type { BackupWorkerRequest, BackupWorkerResponse } from './backup-worker';

interface WorkerScope {
  onmessage: ((ev: MessageEvent<BackupWorkerRequest>) => void) | null;
  postMessage(message: BackupWorkerResponse, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = async (ev) => {
  const { id, dbName, appVersion, reason } = ev.data;
  const db = new DtiDatabase(dbName);
  try {
    // Only ever a database the page has opened at this app's version: the worker must never upgrade (or create) it.
    const onDisk = await versionOnDisk(dbName);
    if (onDisk !== CURRENT_SCHEMA_VERSION)
      throw new Error(`database at version ${onDisk}, not ${CURRENT_SCHEMA_VERSION}`);
    await db.open();
    const { header, bytes } = await createBackup(db, { appVersion, reason });
    scope.postMessage({ id, ok: true, header, bytes }, [bytes.buffer]);
  } catch (e) {
    scope.postMessage({ id, ok: false, message: e instanceof Error ? e.message : String(e) });
  } finally {
    db.close();
  }
};
