/**
 * The whole database in and out of a `.dtidesk` file (format in shared/backup). Taking a backup reads every table
 * in one read transaction; restoring replaces every table in ONE read-write transaction, so the database
 * afterwards equals the backup, or nothing changed.
 */
import Dexie from 'dexie';
import {
  encodeBackupJson,
  readBackupWith,
  sha256Hex,
  type BackupReason,
  type BackupTables,
  type BackupUnit,
  type EncodedBackup,
  type ReadBackup,
  type ReadResult,
  type Sha256Hex,
  type TableJson,
} from '@shared/backup';
import { DtiDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, CURRENT_TABLES, tablesAt } from './schema';
import type { AssessmentRow, MetaRow, UnitRow } from './types';

/**
 * Reads every table in one read transaction (a consistent snapshot): one `getAll` per table, all issued at once so
 * IndexedDB reads the next table while the page unpacks the previous one.
 */
export async function snapshotTables(db: Dexie, tables: readonly string[] = CURRENT_TABLES): Promise<BackupTables> {
  const rows = await db.transaction('r', [...tables], () =>
    Promise.all(tables.map((name) => db.table(name).toArray())),
  );
  const out: BackupTables = {};
  tables.forEach((name, i) => (out[name] = rows[i] ?? []));
  return out;
}

/**
 * SHA-256 by Web Crypto: native, once over the whole content, off the JS heap (about a third of the JS hash's
 * time on a 14 MB backup). The JS hash stays for a page without Web Crypto (not a secure context).
 */
export const webSha256Hex: Sha256Hex = async (bytes) => {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return sha256Hex(bytes);
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
};

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

/** The tables `describeTables` reads (small: the machine's role, its units, the assessments). */
const DESCRIBED = new Set(['meta', 'units', 'assessments']);

/**
 * Takes a backup of the whole database: every table read in one read transaction, each turned into JSON as soon
 * as IndexedDB hands it over while the next is still being read, then hashed once.
 */
export async function createBackup(db: DtiDatabase, opts: BackupOptions): Promise<EncodedBackup> {
  // The tables of the database's own version: before an upgrade it is opened as the older version it is.
  const names = tablesAt(db.verno);
  const described: BackupTables = {};
  const tables: TableJson[] = await db.transaction('r', [...names], () =>
    Promise.all(
      names.map(async (name) => {
        const rows = await db.table(name).toArray();
        if (DESCRIBED.has(name)) described[name] = rows;
        return { name, json: JSON.stringify(rows), count: rows.length };
      }),
    ),
  );
  return encodeBackupJson(
    tables,
    {
      appVersion: opts.appVersion,
      createdAt: (opts.now ?? new Date()).toISOString(),
      schemaVersion: db.verno,
      reason: opts.reason,
      ...describeTables(described),
    },
    webSha256Hex,
  );
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);

/** Reads and checks a backup file against this app's schema (the dry run's first step). Never rejects. */
export function readBackupFile(bytes: Uint8Array): Promise<ReadResult> {
  return readBackupWith(bytes, { decode, schemaVersion: CURRENT_SCHEMA_VERSION, tables: tablesAt }, webSha256Hex);
}

/** The dry run: what the backup holds and what the database holds now, table by table. */
export interface RestorePlan {
  backup: ReadBackup;
  rows: { table: string; inBackup: number; now: number }[];
}

/** Builds the dry run of a checked backup (reads only). */
export async function planRestore(db: DtiDatabase, backup: ReadBackup): Promise<RestorePlan> {
  // A backup from an older schema may name tables this one replaced (v2's `history`): shown too, none now.
  const names = [...new Set([...CURRENT_TABLES, ...Object.keys(backup.tables)])];
  const rows = await db.transaction('r', db.tables, () =>
    Promise.all(
      names.map(async (table) => ({
        table,
        inBackup: backup.header.counts[table] ?? 0,
        now: CURRENT_TABLES.includes(table) ? await db.table(table).count() : 0,
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
 * then counted; any failure (a bad row, a full disk) aborts it and leaves the database as it was. Every table's
 * clear and rows are issued at once: IndexedDB runs them in order inside the one transaction, with no round trip
 * from the page between tables. Nearly all the time is IndexedDB's own, charged mostly per row written: schema v4
 * keeps an assessment's entries and history as one row each (see bench/backup.mjs, which measures the same writes
 * through the raw IndexedDB API beside it, and the per-indicator rows of v3).
 */
export async function restoreBackup(db: DtiDatabase, backup: ReadBackup): Promise<void> {
  const tables = await upgradeTables(db, backup);
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(
      CURRENT_TABLES.map(async (name) => {
        const table = db.table(name);
        await table.clear();
        const rows = tables[name] ?? [];
        if (rows.length) await table.bulkAdd(rows);
      }),
    );
    for (const name of CURRENT_TABLES) {
      const count = await db.table(name).count();
      const want = tables[name]?.length ?? 0;
      if (count !== want) throw new Error(`Bảng "${name}" sau khi khôi phục có ${count} dòng thay vì ${want}.`);
    }
  });
}
