// Every schema version ever declared upgrades to the current one with data: a database created at each earlier
// version and filled as that app would have, opened by the current app, keeps every row of every table and every
// value it held (upgrades may only add). A backup taken at an earlier version restores into the current one too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeBackup, type BackupTables } from '../../../shared/backup';
import {
  flattenLogs,
  logsFromLines,
  logsOfBook,
  type HistoryChange,
  type HistoryLog,
} from '../../../shared/history/log';
import { entriesOfSet } from '../../../renderer/db/entry-sets';
import type { EntryRow, EntrySetRow, HistoryBookRow } from '../../../renderer/db/types';
import { createBackup, planRestore, readBackupFile, restoreBackup, snapshotTables } from '../../../renderer/db/backup';
import { DtiDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, tablesAt } from '../../../renderer/db/schema';
import { freshDb } from './fixtures';

/** Rows an app of any version has written: a district, two communes, an imported assessment with verdicts. */
function sampleRows(): Record<string, Record<string, unknown>[]> {
  const rows: Record<string, Record<string, unknown>[]> = {
    meta: [
      { key: 'role', value: { kind: 'district' } },
      { key: 'provinceEmail', value: 'sokhcn@ninhbinh.gov.vn' },
    ],
    units: [
      { code: '373', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 },
      { code: '14524', name: 'Xã Gia Phong', type: 'commune', parentCode: '373', createdAt: 2 },
      { code: '14999', name: 'Xã Gia Mới', type: 'commune', parentCode: '373', createdAt: 3 },
    ],
    frameworks: [
      {
        id: 'fw',
        version: '1',
        level: 'commune',
        framework: { id: 'fw', indicators: [] },
        fingerprint: 'f',
        builtIn: true,
        loadedAt: 1,
      },
    ],
    assessments: [
      {
        id: 'a1',
        unitCode: '14524',
        period: { year: 2024, kind: 'year' },
        periodKey: '2024',
        frameworkId: 'fw',
        frameworkVersion: '1',
        status: 'exported',
        info: { address: 'Thôn Phong Hậu' },
        revision: 2,
        imported: { exportId: 'e1', revision: 2, fileName: 'x.xlsx', sha256: 'ab', importedAt: 3 },
        createdAt: 1,
        updatedAt: 3,
      },
    ],
    entries: [
      {
        assessmentId: 'a1',
        code: '1.2',
        raw: { numerator: '3', denominator: '4' },
        evidence: { docNumber: '47/KH-UBND', docDate: '15/04/2024', summary: 'Kế hoạch', link: '' },
        note: 'Giải trình',
        updatedAt: 3,
        verified: { verdict: 'agree', raw: { numerator: '3', denominator: '4' }, remark: '', at: 4, revision: 2 },
      },
    ],
    // Lines of two indicators interleaved, as edits leave them: v3 keeps each indicator's in `seq` order.
    history: [
      { seq: 1, assessmentId: 'a1', code: '', field: 'import', old: '', new: 'r1', at: 1 },
      { seq: 2, assessmentId: 'a1', code: '1.2', field: 'raw.numerator', old: '', new: '3', at: 2 },
      { seq: 3, assessmentId: 'a1', code: '', field: 'import', old: 'r1', new: 'r2', at: 3 },
      { seq: 4, assessmentId: 'a1', code: '1.2', field: 'verdict', old: '', new: 'Đồng ý', at: 4 },
      { seq: 5, assessmentId: 'a1', code: '1.2', field: 'note', old: 'Cũ', new: 'Mới', at: 4 },
    ],
  };
  // v3 keeps the same lines as one log per indicator.
  const lines = rows.history as unknown as (HistoryChange & { seq: number })[];
  rows.historyLogs = logsFromLines(lines) as unknown as Record<string, unknown>[];
  return rows;
}

/**
 * Any version's tables in one view: entries one per assessment × indicator (v1–v3 `entries`, v4 `entrySets`),
 * history lines per assessment × indicator in order (v1–v2 `history` by `seq`, v3 `historyLogs`, v4
 * `historyBooks`); the other tables as they are. An upgrade keeps every entry and every line, in order.
 */
function logical(tables: BackupTables): BackupTables {
  const { entries, entrySets, history, historyLogs, historyBooks, ...rest } = tables;
  const key = (r: { assessmentId: string; code: string }) => `${r.assessmentId}\t${r.code}`;
  const byKey = <T extends { assessmentId: string; code: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const allEntries = [
    ...((entries ?? []) as EntryRow[]),
    ...((entrySets ?? []) as EntrySetRow[]).flatMap(entriesOfSet),
  ];
  const v2Lines = [...((history ?? []) as (HistoryChange & { seq: number })[])]
    .sort((a, b) => a.seq - b.seq)
    .map(({ seq: _seq, ...line }) => line);
  const logs = [
    ...((historyLogs ?? []) as HistoryLog[]),
    ...((historyBooks ?? []) as HistoryBookRow[]).flatMap(logsOfBook),
  ];
  return { ...rest, entries: byKey(allEntries), historyLines: byKey([...v2Lines, ...flattenLogs(logs)]) };
}

/** Every table of `before` (any version) in `after` (the current one): the same rows, values and history lines. */
function expectKept(after: BackupTables, before: BackupTables) {
  for (const gone of ['entries', 'history', 'historyLogs'])
    expect(after[gone], `no ${gone} table from v4 on`).toBeUndefined();
  const was = logical(before);
  const now = logical(after);
  expect(now.entries, 'entries').toEqual(was.entries);
  expect(now.historyLines, 'history lines').toEqual(was.historyLines);
  for (const [table, list] of Object.entries(was)) {
    if (table === 'entries' || table === 'historyLines') continue;
    expect(now[table]?.length, table).toBe(list.length);
    expect(now[table], table).toEqual(expect.arrayContaining(list.map((r) => expect.objectContaining(r))));
  }
}

const earlier = SCHEMA_VERSIONS.filter((v) => v.version < CURRENT_SCHEMA_VERSION);

describe('schema upgrades from every earlier version', () => {
  it('declares versions 1..current once each, in order', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    for (const v of SCHEMA_VERSIONS.slice(1)) expect(v.upgrade, `v${v.version} has an upgrade`).toBeTypeOf('function');
  });

  it.each(earlier.map((v) => v.version))(
    'v%i with data opens in the current app, every row and value kept',
    async (v) => {
      const name = `upgrade-from-${v}-${Date.now()}`;
      const old = new DtiDatabase(name, { maxVersion: v });
      const rows = sampleRows();
      await old.transaction('rw', old.tables, async () => {
        for (const t of old.tables) await t.bulkAdd(rows[t.name] ?? []);
      });
      const before = await snapshotTables(
        old,
        old.tables.map((t) => t.name),
      );
      old.close();

      const db = new DtiDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
      expectKept(await snapshotTables(db), before);
      db.close();
      await db.delete();
    },
  );

  it.each(earlier.map((v) => v.version))('a backup taken at v%i restores into the current database', async (v) => {
    const rows = sampleRows();
    const tables = Object.fromEntries(Object.entries(rows).filter(([t]) => tablesAt(v).includes(t)));
    const enc = encodeBackup(tables, {
      appVersion: '0.0.1',
      createdAt: new Date().toISOString(),
      schemaVersion: v,
      reason: 'manual',
      periods: ['2024'],
    });
    const read = await readBackupFile(enc.bytes);
    if (!read.ok) throw new Error(read.error.message);
    const db = await freshDb(false);
    await restoreBackup(db, read.backup);
    expectKept(await snapshotTables(db), tables);
  });

  it.each(earlier.map((v) => v.version))(
    'the backup before an upgrade reads a v%i database as that version, and restores into the current one',
    async (v) => {
      const name = `before-upgrade-${v}-${Date.now()}`;
      const old = new DtiDatabase(name, { maxVersion: v });
      const rows = sampleRows();
      await old.transaction('rw', old.tables, async () => {
        for (const t of old.tables) await t.bulkAdd(rows[t.name] ?? []);
      });
      const before = await snapshotTables(
        old,
        old.tables.map((t) => t.name),
      );
      const { header, bytes } = await createBackup(old, { appVersion: '0.1.0', reason: 'upgrade' });
      old.close();
      await old.delete();
      expect(header.schemaVersion).toBe(v);
      expect(Object.keys(header.counts).sort()).toEqual([...tablesAt(v)].sort());
      const historyTable = v < 3 ? 'history' : 'historyLogs';
      expect(header.counts[historyTable]).toBe(rows[historyTable]!.length);
      const read = await readBackupFile(bytes);
      if (!read.ok) throw new Error(read.error.message);
      const db = await freshDb(false);
      const plan = await planRestore(db, read.backup);
      expect(plan.rows.find((r) => r.table === historyTable)).toEqual({
        table: historyTable,
        inBackup: rows[historyTable]!.length,
        now: 0,
      });
      await restoreBackup(db, read.backup);
      expectKept(await snapshotTables(db), before);
    },
  );
});
