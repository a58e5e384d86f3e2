/**
 * Backups as the officer meets them: automatic ones beside the database on the desktop (once a day at start,
 * before every import batch, before a schema upgrade, before a restore), "Sao lưu ngay" / "Tải tệp sao lưu", and
 * restoring a file after a dry run. The file format is shared/backup; reading and writing the tables is db/backup.
 */
import { backupFileName, type BackupReason } from '@shared/backup';
import type { AutoBackupReason, LastBackup } from '@shared/ipc/contract';
import { storageText } from './storage-text';
import { createBackup, planRestore, readBackupFile, restoreBackup, type RestorePlan } from '../db/backup';
import { DtiDatabase } from '../db/database';
import { db } from '../db/db';
import { DB_NAME } from '../db/schema';
import { platform } from '../platform';
import { backupInWorker } from './backup-worker';
import { say } from '../i18n/say';
import { sharedText } from '../i18n/shared-text';
import { useAppStore } from '../store';
import { backupRefusal } from './backup-refusal';

const LAST_KEY = 'dti-desk-last-backup';

/**
 * A backup of the app's database is taken in a worker (the page stays responsive while an import batch waits for
 * it); should the worker fail for any reason, it is taken again on the page, so no backup is skipped for it. An
 * older database (before a schema upgrade) is read on the page.
 */
async function build(reason: BackupReason, source: DtiDatabase = db) {
  if (source === db) {
    try {
      return await backupInWorker({ dbName: db.name, appVersion: __APP_VERSION__, reason });
    } catch {
      // Taken on the page below.
    }
  }
  return createBackup(source, { appVersion: __APP_VERSION__, reason });
}

function remember(last: LastBackup): void {
  try {
    globalThis.localStorage?.setItem(LAST_KEY, JSON.stringify(last));
  } catch {
    // Only the Cài đặt display depends on it.
  }
}

/**
 * Writes an automatic backup on the desktop; a browser has no folder beside its database, so nothing happens
 * there. A daily backup is skipped when today's exists. Resolves to the path written, or null.
 */
export async function autoBackup(reason: AutoBackupReason): Promise<string | null> {
  if (platform.kind !== 'desktop') return null;
  if (reason === 'daily' && (await platform.backupStatus())?.dailyDone) return null;
  const { bytes } = await build(reason);
  const r = await platform.writeAutoBackup(reason, bytes);
  if (!r.written) return null;
  remember({ at: r.at, path: r.path, reason });
  return r.path;
}

/** The backup before an import batch: no batch starts when it could not be written. */
export async function backupBeforeImport(): Promise<void> {
  try {
    await autoBackup('import');
  } catch (e) {
    throw new Error(say('backup.error.notBeforeImport', { error: storageText(e) }), { cause: e });
  }
}

/** The backup of a database at an older schema version, read as that version (nothing is upgraded). */
export async function backupBeforeUpgrade(fromVersion: number): Promise<void> {
  if (platform.kind !== 'desktop') return;
  const old = new DtiDatabase(DB_NAME, { maxVersion: fromVersion });
  try {
    await old.open();
    const { bytes } = await build('upgrade', old);
    const r = await platform.writeAutoBackup('upgrade', bytes);
    if (r.written) remember({ at: r.at, path: r.path, reason: 'upgrade' });
  } finally {
    old.close();
  }
}

/** "Sao lưu ngay" (desktop: where the officer picks) or "Tải tệp sao lưu" (browser: a download). */
export async function backupNow(): Promise<{ saved: boolean; where: string }> {
  const now = new Date();
  const { bytes } = await build('manual');
  const name = backupFileName(now);
  const r = await platform.saveBackup(name, bytes);
  if (!r.saved) return { saved: false, where: '' };
  const where = r.path ?? say('backup.downloads', { file: r.fileName });
  remember({ at: now.getTime(), path: where, reason: 'manual' });
  return { saved: true, where };
}

/** Where backups go and the last one written from this machine. */
export interface BackupPlace {
  folder: string | null;
  last: LastBackup | null;
  autoCount: number;
}

/** What Cài đặt shows about backups. */
export async function backupPlace(): Promise<BackupPlace> {
  let local: LastBackup | null = null;
  try {
    local = JSON.parse(globalThis.localStorage?.getItem(LAST_KEY) ?? 'null') as LastBackup | null;
  } catch {
    local = null;
  }
  const status = await platform.backupStatus();
  if (!status) return { folder: null, last: local, autoCount: 0 };
  const last = [status.last, local].filter((x): x is LastBackup => !!x).sort((a, b) => b.at - a.at)[0] ?? null;
  return { folder: status.folder, last, autoCount: status.files.length };
}

/** A picked file: its dry run, or why it is refused. */
export type PickedBackup =
  { kind: 'none' } | { kind: 'refused'; message: string } | { kind: 'plan'; plan: RestorePlan };

/** Picks a backup file and dry-runs it (reads only). */
export async function pickBackup(): Promise<PickedBackup> {
  const picked = await platform.openBackup();
  // The platform's refusal (a file too large to open) in the UI language (i18n/areas/shared-outside.ts).
  if (picked.refused) return { kind: 'refused', message: sharedText(picked.refused, useAppStore.getState().language) };
  if (!picked.file) return { kind: 'none' };
  const read = await readBackupFile(picked.file.bytes);
  if (!read.ok)
    return {
      kind: 'refused',
      message: say('backup.refused.file', {
        file: picked.file.name,
        reason: backupRefusal(read.error, useAppStore.getState().language),
      }),
    };
  return { kind: 'plan', plan: await planRestore(db, read.backup) };
}

/**
 * Restores a dry-run backup: on the desktop the current data is first backed up (so a wrong restore can be undone),
 * then every table is replaced in one transaction.
 */
export async function restorePlanned(plan: RestorePlan): Promise<void> {
  try {
    await autoBackup('restore');
  } catch (e) {
    throw new Error(say('backup.error.notBeforeRestore', { error: storageText(e) }), { cause: e });
  }
  try {
    await restoreBackup(db, plan.backup);
  } catch (e) {
    throw new Error(say('backup.error.restoreFailed', { error: storageText(e) }), { cause: e });
  }
}
