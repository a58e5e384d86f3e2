import { describe, expect, it } from 'vitest';
import { getMeta } from '../../../renderer/db/repositories/meta';
import {
  addCommunes,
  getDistrict,
  officialRow,
  removeCommune,
  saveSetup,
} from '../../../renderer/db/repositories/units';
import { shippedList } from '../../shared/units/fixtures';
import { freshDb } from './fixtures';

const l2025 = shippedList('2025');
const l2024 = shippedList('2024');

describe('units from the official lists', () => {
  it('a province verifier gets all 129 communes of Ninh Bình in one step, each with its list', async () => {
    const db = await freshDb(false);
    const province = l2025.byCode.get('37')!;
    const communes = l2025.childrenOf.get('37')!.map((u) => officialRow(u, '2025', '37'));
    await saveSetup(db, { list: '2025', receiving: officialRow(province, '2025', ''), communes });
    expect(await getDistrict(db)).toMatchObject({ code: '37', type: 'province', list: '2025', official: true });
    expect(await db.units.where('parentCode').equals('37').count()).toBe(129);
    expect(await db.units.get('14464')).toMatchObject({ name: 'Xã Gia Viễn', list: '2025', type: 'commune' });
    expect(await getMeta(db, 'role')).toEqual({ kind: 'province' });
    // Another verifier on the same machine is refused.
    const other = officialRow(l2025.byCode.get('01')!, '2025', '');
    await expect(saveSetup(db, { list: '2025', receiving: other, communes: [] })).rejects.toThrow(/Tỉnh Ninh Bình/);
  });

  it('a commune machine stores its commune and its receiving unit (the district before 7/2025)', async () => {
    const db = await freshDb(false);
    const phong = l2024.byCode.get('14524')!;
    const district = l2024.byCode.get(phong.parentCode)!;
    await saveSetup(db, {
      list: '2024',
      receiving: officialRow(district, '2024', ''),
      own: officialRow(phong, '2024', '373'),
      communes: [],
    });
    expect(await getDistrict(db)).toMatchObject({ code: '373', name: 'Huyện Gia Viễn', type: 'district' });
    expect(await db.units.get('14524')).toMatchObject({ parentCode: '373', list: '2024', official: true });
    expect(await getMeta(db, 'role')).toEqual({ kind: 'commune', communeCode: '14524' });
  });

  it('hand-added communes are kept with official = false; removing one with an assessment is refused', async () => {
    const db = await freshDb();
    const district = l2024.byCode.get('373')!;
    await saveSetup(db, { list: '2024', receiving: officialRow(district, '2024', ''), communes: [] });
    const r = await addCommunes(
      db,
      '373',
      [
        { code: '14524', name: 'Xã Gia Phong' },
        { code: '99999', name: 'Xã Sáp Nhập Mới' },
      ],
      l2024,
    );
    expect(r).toEqual({ added: ['14524', '99999'], skipped: [], handAdded: ['99999'], zerosRestored: [] });
    expect(await db.units.get('99999')).toMatchObject({ official: false, list: '2024' });
    expect(await db.units.get('14524')).toMatchObject({ official: true });
    await db.assessments.add({
      id: 'x',
      unitCode: '14524',
      period: { year: 2024, kind: 'year' },
      periodKey: '2024',
      frameworkId: 'f',
      frameworkVersion: '1',
      status: 'draft',
      info: {} as never,
      revision: 0,
      createdAt: 0,
      updatedAt: 0,
    });
    expect(await removeCommune(db, '14524')).toMatchObject({ ok: false });
    expect(await removeCommune(db, '99999')).toEqual({ ok: true });
    expect(await db.units.get('99999')).toBeUndefined();
  });

  it("a code whose leading zeros Excel dropped is stored under the list's code when the name agrees", async () => {
    const db = await freshDb(false);
    const hanoi = l2025.byCode.get('01')!;
    await saveSetup(db, { list: '2025', receiving: officialRow(hanoi, '2025', ''), communes: [] });
    expect(l2025.byCode.get('00004')).toMatchObject({ name: 'Phường Ba Đình' });
    // Pasted from a numeric Excel column: 00004 → 4, 00070 → 70. A short code naming another unit stays as given.
    const r = await addCommunes(
      db,
      '01',
      [
        { code: '4', name: 'Phường Ba Đình' },
        { code: '70', name: 'Hoàn Kiếm' },
        { code: '82', name: 'Phường Không Có' },
      ],
      l2025,
    );
    expect(r).toEqual({
      added: ['00004', '00070', '82'],
      skipped: [],
      handAdded: ['82'],
      zerosRestored: ['4 → 00004', '70 → 00070'],
    });
    expect(await db.units.get('00004')).toMatchObject({ official: true, parentCode: '01' });
    expect(await db.units.get('4')).toBeUndefined();
    // Pasted again: the restored code is found held, and skipped.
    expect((await addCommunes(db, '01', [{ code: '4', name: 'Phường Ba Đình' }], l2025)).skipped).toEqual(['00004']);
  });
});
