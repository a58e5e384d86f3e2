// Every schema version ever declared upgrades to the current one with data: a database created at each earlier
// version and filled as that app would have, opened by the current app, keeps every row of every table and every
// value it held (upgrades may only add). A backup taken at an earlier version restores into the current one too.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { encodeBackup } from '../../../shared/backup';
import { readBackupFile, restoreBackup, snapshotTables } from '../../../renderer/db/backup';
import { DtiDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { freshDb } from './fixtures';

/** Rows an app of any version has written: a district, two communes, an imported assessment with verdicts. */
function sampleRows(): Record<string, Record<string, unknown>[]> {
  return {
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
    history: [
      { seq: 1, assessmentId: 'a1', code: '', field: 'import', old: '', new: 'r2', at: 3 },
      { seq: 2, assessmentId: 'a1', code: '1.2', field: 'verdict', old: '', new: 'Đồng ý', at: 4 },
    ],
  };
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
      const after = await snapshotTables(db);
      for (const [table, list] of Object.entries(before)) {
        expect(after[table]?.length, table).toBe(list.length);
        expect(after[table], table).toEqual(expect.arrayContaining(list.map((r) => expect.objectContaining(r))));
      }
      db.close();
      await db.delete();
    },
  );

  it.each(earlier.map((v) => v.version))('a backup taken at v%i restores into the current database', async (v) => {
    const rows = sampleRows();
    const tables = Object.fromEntries(
      Object.entries(rows).filter(([t]) => SCHEMA_VERSIONS.filter((s) => s.version <= v).some((s) => t in s.stores)),
    );
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
    const after = await snapshotTables(db);
    for (const [table, list] of Object.entries(tables)) {
      expect(after[table]?.length, table).toBe(list.length);
      expect(after[table], table).toEqual(expect.arrayContaining(list.map((r) => expect.objectContaining(r))));
    }
  });
});
