import { describe, expect, it } from 'vitest';
import { saveEntryField } from '../../../../renderer/db/repositories/entries';
import { getMeta } from '../../../../renderer/db/repositories/meta';
import { applyCorrection, planCorrection } from '../../../../renderer/db/repositories/unit-correction';
import { getDistrict, officialRow, saveSetup } from '../../../../renderer/db/repositories/units';
import type { DtiDatabase } from '../../../../renderer/db/database';
import { shippedList } from '../../../shared/units/fixtures';
import { allHistory, assessmentOn, freshDb, giaVienOwnAssessment, storedEntry } from '../fixtures';

const l2024 = shippedList('2024');
const l2025 = shippedList('2025');
const row = (list: typeof l2024, code: string, parent = '') => officialRow(list.byCode.get(code)!, list.id, parent);

/** Xã Gia Phong set up before 7/2025 (under Huyện Gia Viễn), with a 2026 assessment and one typed value. */
async function giaPhong2024(): Promise<{ db: DtiDatabase; id: string }> {
  const db = await freshDb();
  await saveSetup(db, { list: '2024', receiving: row(l2024, '373'), own: row(l2024, '14524', '373'), communes: [] });
  const a = await assessmentOn(db, 'commune', '14524', 2026);
  await saveEntryField(db, a.id, '1.5', { kind: 'raw', name: 'value' }, '71,79');
  return { db, id: a.id };
}

describe('correcting the machine’s units (Cài đặt)', () => {
  it('a commune moves to the 2025 list under the province: assessment, entries and history kept, change recorded', async () => {
    const { db, id } = await giaPhong2024();
    const before = await allHistory(db, id);
    const c = { list: '2025' as const, receiving: row(l2025, '37'), own: row(l2025, '14524', '37') };
    const plan = await planCorrection(db, c);
    expect(plan).toEqual({
      ok: true,
      plan: {
        changes: [{ field: 'parent', old: 'Huyện Gia Viễn (mã 373)', new: 'Tỉnh Ninh Bình (mã 37)' }],
        moved: 0,
      },
    });
    // Planning changes nothing.
    expect(await getDistrict(db)).toMatchObject({ code: '373' });

    expect((await applyCorrection(db, c)).ok).toBe(true);
    expect(await getDistrict(db)).toMatchObject({ code: '37', type: 'province', list: '2025' });
    expect(await db.units.get('373')).toBeUndefined();
    expect(await db.units.get('14524')).toMatchObject({ parentCode: '37', list: '2025', official: true });
    expect(await db.assessments.get(id)).toMatchObject({ unitCode: '14524' });
    expect((await storedEntry(db, id, '1.5'))?.raw).toMatchObject({ value: '71,79' });
    const after = await allHistory(db, id);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toMatchObject([
      { field: 'parent', old: 'Huyện Gia Viễn (mã 373)', new: 'Tỉnh Ninh Bình (mã 37)' },
    ]);
    expect((await allHistory(db, '')).length).toBe(1);
  });

  it('a commune that picked the wrong commune corrects it: the assessment follows, the role too', async () => {
    const { db, id } = await giaPhong2024();
    const c = { list: '2024' as const, receiving: row(l2024, '373'), own: row(l2024, '14509', '373') };
    expect(await applyCorrection(db, c)).toMatchObject({ ok: true, plan: { moved: 1 } });
    expect(await db.units.get('14524')).toBeUndefined();
    expect(await db.assessments.get(id)).toMatchObject({ unitCode: '14509' });
    expect((await storedEntry(db, id, '1.5'))?.raw).toMatchObject({ value: '71,79' });
    expect(await getMeta(db, 'role')).toEqual({ kind: 'commune', communeCode: '14509' });
    const lines = await allHistory(db, id);
    expect(lines.at(-1)).toMatchObject({
      field: 'unit',
      old: 'Xã Gia Phong (mã 14524)',
      new: 'Xã Gia Trung (mã 14509)',
    });
  });

  it('refuses without writing: nothing to change, a code already held, a district with self-assessments becoming a province', async () => {
    const { db } = await giaPhong2024();
    const same = { list: '2024' as const, receiving: row(l2024, '373'), own: row(l2024, '14524', '373') };
    expect(await applyCorrection(db, same)).toMatchObject({ ok: false, message: /không có gì để sửa/ });

    const district = await freshDb();
    const communes = l2024.childrenOf.get('373')!.map((u) => officialRow(u, '2024', '373'));
    await saveSetup(district, { list: '2024', receiving: row(l2024, '373'), communes });
    const taken = { list: '2024' as const, receiving: row(l2024, '14524') };
    expect(await applyCorrection(district, taken)).toMatchObject({
      ok: false,
      message: /Mã 14524 đã là một đơn vị khác/,
    });
    await giaVienOwnAssessment(district);
    const toProvince = { list: '2025' as const, receiving: row(l2025, '37') };
    expect(await applyCorrection(district, toProvince)).toMatchObject({ ok: false, message: /1 bản tự đánh giá/ });
    expect(await getDistrict(district)).toMatchObject({ code: '373' });
    expect((await allHistory(district)).length).toBe(0);
  });

  it('a verifier corrects its district: every commune follows, the self-assessment too', async () => {
    const db = await freshDb();
    await saveSetup(db, {
      list: '2024',
      receiving: { ...row(l2024, '373'), code: '377', name: 'Huyện Gia Viễn', official: false },
      communes: [row(l2024, '14524', '377'), row(l2024, '14509', '377')],
    });
    const r = await applyCorrection(db, { list: '2024', receiving: row(l2024, '373') });
    expect(r.ok).toBe(true);
    expect(await getDistrict(db)).toMatchObject({ code: '373', official: true });
    expect(await db.units.where('parentCode').equals('373').count()).toBe(2);
    expect(await db.units.where('parentCode').equals('377').count()).toBe(0);
    expect(await getMeta(db, 'role')).toEqual({ kind: 'district' });
  });
});
