/**
 * The whole database in and out of a `.dtidesk` file (format in shared/backup). Taking a backup reads every table
 * in one read transaction; restoring replaces every table in ONE read-write transaction, so the database
 * afterwards equals the backup, or nothing changed.
 */
import Dexie from 'dexie';
import {
  encodeBackup,
  readBackup,
  type BackupReason,
  type BackupTables,
  type BackupUnit,
  type EncodedBackup,
  type ReadBackup,
  type ReadResult,
} from '@shared/backup';
import { DtiDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, CURRENT_TABLES } from './schema';
import type { AssessmentRow, MetaRow, UnitRow } from './types';

/** Reads every table in one read transaction (a consistent snapshot). */
export async function snapshotTables(db: Dexie, tables: readonly string[] = CURRENT_TABLES): Promise<BackupTables> {
  const out: BackupTables = {};
  await db.transaction('r', [...tables], async () => {
    for (const name of tables) out[name] = await db.table(name).toArray();
  });
  return out;
}

/** Who the data belongs to (the machine's role and unit) and the periods of its assessments. */
export function describeTables(tables: BackupTables): { unit?: BackupUnit; periods: string[] } {
  const meta = (tables.meta ?? []) as MetaRow[];
  const units = (tables.units ?? []) as UnitRow[];
  const role = meta.find((m) => m.key === 'role')?.value as { kind?: string; communeCode?: string } | undefined;
  const row =
    role?.kind === 'commune'
      ? units.find((u) => u.code === role.communeCode)
      : units.find((u) => u.type === 'district');
  const periods = [...new Set(((tables.assessments ?? []) as AssessmentRow[]).map((a) => a.periodKey))].sort();
  return { ...(row ? { unit: { code: row.code, name: row.name, type: row.type } } : {}), periods };
}

/** What a backup needs to know besides the rows. */
export interface BackupOptions {
  appVersion: string;
  reason: BackupReason;
  now?: Date;
}

/** Takes a backup of the whole database. */
export async function createBackup(db: DtiDatabase, opts: BackupOptions): Promise<EncodedBackup> {
  const tables = await snapshotTables(db);
  return encodeBackup(tables, {
    appVersion: opts.appVersion,
    createdAt: (opts.now ?? new Date()).toISOString(),
    schemaVersion: db.verno,
    reason: opts.reason,
    ...describeTables(tables),
  });
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Reads and checks a backup file against this app's schema (the dry run's first step). Never throws. */
export function readBackupFile(bytes: Uint8Array): ReadResult {
  return readBackup(bytes, { decode, schemaVersion: CURRENT_SCHEMA_VERSION, tables: CURRENT_TABLES });
}

/** The dry run: what the backup holds and what the database holds now, table by table. */
export interface RestorePlan {
  backup: ReadBackup;
  rows: { table: string; inBackup: number; now: number }[];
}

/** Builds the dry run of a checked backup (reads only). */
export async function planRestore(db: DtiDatabase, backup: ReadBackup): Promise<RestorePlan> {
  const rows = await db.transaction('r', db.tables, () =>
    Promise.all(
      CURRENT_TABLES.map(async (table) => ({
        table,
        inBackup: backup.header.counts[table] ?? 0,
        now: await db.table(table).count(),
      })),
    ),
  );
  return { backup, rows };
}

/**
 * Brings rows written by an older schema to the current one by running the app's own upgrades: they are loaded
 * into a scratch database declared up to their version, which is then opened with every version declared.
 */
async function upgradeTables(db: DtiDatabase, backup: ReadBackup): Promise<BackupTables> {
  if (backup.header.schemaVersion === CURRENT_SCHEMA_VERSION) return backup.tables;
  const name = `${db.name}-restore-${Date.now()}`;
  const old = new DtiDatabase(name, { maxVersion: backup.header.schemaVersion });
  try {
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(backup.tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const current = new DtiDatabase(name);
    try {
      return await snapshotTables(current);
    } finally {
      current.close();
    }
  } finally {
    old.close();
    await Dexie.delete(name).catch(() => undefined);
  }
}

/**
 * Replaces the whole database with the backup in ONE read-write transaction: every table cleared and refilled,
 * then counted; any failure (a bad row, a full disk) aborts it and leaves the database as it was.
 */
export async function restoreBackup(db: DtiDatabase, backup: ReadBackup): Promise<void> {
  const tables = await upgradeTables(db, backup);
  await db.transaction('rw', db.tables, async () => {
    for (const name of CURRENT_TABLES) {
      const table = db.table(name);
      await table.clear();
      const rows = tables[name] ?? [];
      if (rows.length) await table.bulkAdd(rows);
    }
    for (const name of CURRENT_TABLES) {
      const count = await db.table(name).count();
      const want = tables[name]?.length ?? 0;
      if (count !== want) throw new Error(`Bảng "${name}" sau khi khôi phục có ${count} dòng thay vì ${want}.`);
    }
  });
}
