// A unit typed by hand is corrected by hand: checked like the first run's "Nhập tay", applied with every
// assessment and value kept; a typed code that is in the list after all is marked official.
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../../renderer/db/repositories/assessments';
import { applyCorrection } from '../../../../renderer/db/repositories/unit-correction';
import { getDistrict, saveSetup } from '../../../../renderer/db/repositories/units';
import { typedCorrection, typedFrom } from '../../../../renderer/features/settings/unit-typed-fields';
import { shippedList } from '../../../shared/units/fixtures';
import { freshDb } from '../../db/fixtures';

const l2025 = shippedList('2025');
const hand = (code: string, name: string, type: 'province' | 'commune', parentCode = '') => ({
  code,
  name,
  type,
  parentCode,
  list: '2025' as const,
  official: false,
  createdAt: 1,
});

describe('typedCorrection', () => {
  it('checks the typed code and name like the first run and says where', () => {
    const typed = { rCode: '37', rName: 'Tỉnh Ninh Bình', cCode: '99 1', cName: 'Xã Gia Hưng' };
    expect(typedCorrection(l2025, '2025', typed, true)).toBe(
      'Xã: mã đơn vị "99 1" không hợp lệ (chỉ gồm chữ số, chữ cái không dấu, tối đa 20 ký tự).',
    );
    expect(typedCorrection(l2025, '2025', { ...typed, rName: '' }, false)).toBe('Tỉnh: thiếu tên đơn vị cho mã 37.');
  });

  it('marks a typed unit official when its code and name are in the list after all', () => {
    const c = typedCorrection(
      l2025,
      '2025',
      { rCode: '37', rName: 'Tỉnh Ninh Bình', cCode: '99919', cName: 'Xã  Gia Hưng' },
      true,
    );
    if (typeof c === 'string') throw new Error(c);
    expect(c.receiving).toMatchObject({ code: '37', type: 'province', list: '2025', official: true });
    expect(c.own).toMatchObject({ code: '99919', name: 'Xã Gia Hưng', parentCode: '37', official: false });
  });

  it('corrects a hand-typed commune’s code with its assessment and values kept', async () => {
    const db = await freshDb();
    const province = hand('37', 'Tỉnh Ninh Bình', 'province');
    const own = hand('99991', 'Xã Gia Hưng Mới', 'commune', '37');
    await saveSetup(db, { list: '2025', receiving: province, own, communes: [] });
    const a = await createAssessment(db, {
      unitCode: '99991',
      period: { year: 2026, kind: 'year' },
      frameworkId: 'ninh-binh-xa',
      frameworkVersion: '2025.1',
    });
    const typed = { ...typedFrom((await getDistrict(db))!, (await db.units.get('99991'))!), cCode: '99919' };
    expect(typed).toEqual({ rCode: '37', rName: 'Tỉnh Ninh Bình', cCode: '99919', cName: 'Xã Gia Hưng Mới' });
    const c = typedCorrection(l2025, '2025', typed, true);
    if (typeof c === 'string') throw new Error(c);
    const r = await applyCorrection(db, c);
    expect(r.ok && r.plan).toEqual({
      changes: [{ field: 'unit', old: 'Xã Gia Hưng Mới (mã 99991)', new: 'Xã Gia Hưng Mới (mã 99919)' }],
      moved: 1,
    });
    expect(await db.units.get('99991')).toBeUndefined();
    expect(await db.units.get('99919')).toMatchObject({ name: 'Xã Gia Hưng Mới', official: false, parentCode: '37' });
    expect((await db.assessments.get(a.id))?.unitCode).toBe('99919');
    db.close();
    await db.delete();
  });
});
