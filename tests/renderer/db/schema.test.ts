import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DtiDatabase, versionOnDisk } from '../../../renderer/db/database';
import { matchPendingUnits } from '../../../renderer/db/repositories/units';
import { SCHEMA_V1 } from '../../../renderer/db/schema';
import { shippedList } from '../../shared/units/fixtures';

describe('database schema', () => {
  it('the latest version creates every table with its keys and indexes', async () => {
    const db = new DtiDatabase(`schema-${Date.now()}`);
    await db.open();
    expect(db.verno).toBe(4);
    // v4 keeps an assessment's entries as one row and its history as one row (v3: a log per indicator).
    const dropped = ['history', 'entries'];
    const tables = [...Object.keys(SCHEMA_V1).filter((t) => !dropped.includes(t)), 'entrySets', 'historyBooks'];
    expect(db.tables.map((t) => t.name).sort()).toEqual(tables.sort());
    expect(db.historyBooks.schema.primKey.keyPath).toBe('assessmentId');
    expect(db.entrySets.schema.primKey.keyPath).toBe('assessmentId');
    expect(db.assessments.schema.indexes.map((i) => i.name)).toContain(
      '[unitCode+periodKey+frameworkId+frameworkVersion]',
    );
    expect(db.units.schema.indexes.map((i) => i.name)).toContain('list');
    db.close();
    await db.delete();
  });

  it('reopens data written by the same version unchanged (the baseline every later upgrade test extends)', async () => {
    const name = `schema-reopen-${Date.now()}`;
    const first = new DtiDatabase(name);
    await first.units.add({ code: '377', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 });
    first.close();
    const second = new DtiDatabase(name);
    expect(await second.units.get('377')).toMatchObject({ name: 'Huyện Gia Viễn' });
    second.close();
    await second.delete();
  });
});

/** A v1 database as the app wrote it before the official lists: a district, three communes, one assessment. */
async function writeV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('units').bulkAdd([
    { code: '373', name: 'Huyện Gia Viễn', type: 'district', parentCode: '', createdAt: 1 },
    { code: '14524', name: 'Xã Gia Phong', type: 'commune', parentCode: '373', createdAt: 2 },
    { code: '14464', name: 'thi tran Thinh Vuong', type: 'town', parentCode: '373', createdAt: 3 },
    // A typo'd code (the list's 14999 does not exist) and a code that names another unit: kept, hand-added.
    { code: '14999', name: 'Xã Gia Mới', type: 'commune', parentCode: '373', createdAt: 4 },
    { code: '14467', name: 'Xã Không Phải Gia Hòa', type: 'commune', parentCode: '373', createdAt: 5 },
  ]);
  await v1.table('meta').put({ key: 'role', value: { kind: 'district' } });
  await v1.table('assessments').add({
    id: 'a1',
    unitCode: '14524',
    period: { year: 2024, kind: 'year' },
    periodKey: '2024',
    frameworkId: 'ninh-binh-xa',
    frameworkVersion: '2022.1',
    status: 'draft',
    info: {},
    revision: 0,
    createdAt: 1,
    updatedAt: 1,
  });
  await v1.table('entries').add({ assessmentId: 'a1', code: 'X1.1', raw: { value: 'có' }, evidence: {}, note: 'n' });
  await v1.table('history').add({ assessmentId: 'a1', code: 'X1.1', field: 'raw.value', old: '', new: 'có', at: 1 });
  const counts = await Promise.all(v1.tables.map((t) => t.count()));
  v1.close();
  return counts;
}

describe('v1 → v2 upgrade (units matched to the 2024 list)', () => {
  const list2024 = shippedList('2024');

  it('keeps every row of every table, matches units by code and name, keeps the rest as hand-added', async () => {
    const name = `upgrade-v2-${Date.now()}`;
    const before = await writeV1(name);
    expect(await versionOnDisk(name)).toBe(1);
    const db = new DtiDatabase(name, { maxVersion: 2 });
    db.upgradeInputs.list2024 = list2024;
    await db.open();
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(before);
    const units = Object.fromEntries((await db.units.toArray()).map((u) => [u.code, u]));
    expect(units['373']).toMatchObject({ name: 'Huyện Gia Viễn', list: '2024', official: true, type: 'district' });
    expect(units['14524']).toMatchObject({ name: 'Xã Gia Phong', list: '2024', official: true, parentCode: '373' });
    // Diacritics and case typed differently still match; the typed name is kept as it was.
    expect(units['14464']).toMatchObject({ name: 'thi tran Thinh Vuong', official: true });
    expect(units['14999']).toMatchObject({ name: 'Xã Gia Mới', list: '2024', official: false });
    expect(units['14467']).toMatchObject({ name: 'Xã Không Phải Gia Hòa', list: '2024', official: false });
    expect(await db.table('entries').get(['a1', 'X1.1'])).toMatchObject({ raw: { value: 'có' }, note: 'n' });
    expect(await db.meta.get('role')).toMatchObject({ value: { kind: 'district' } });
    expect(await versionOnDisk(name)).toBe(2);
    db.close();
    await db.delete();
  });

  it('without the list at hand, units are kept unmatched and matched at the next start', async () => {
    const name = `upgrade-v2-late-${Date.now()}`;
    await writeV1(name);
    const db = new DtiDatabase(name);
    await db.open();
    expect((await db.units.toArray()).every((u) => u.list === '2024' && u.official === undefined)).toBe(true);
    expect(await matchPendingUnits(db, list2024)).toBe(3);
    expect(await db.units.where('list').equals('2024').count()).toBe(5);
    expect((await db.units.get('14999'))?.official).toBe(false);
    expect((await db.units.get('373'))?.official).toBe(true);
    db.close();
    await db.delete();
  });
});
