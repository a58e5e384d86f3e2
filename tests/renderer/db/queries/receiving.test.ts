// Whom a unit's own report is addressed to: a commune's receiving unit, a district's province from the official list.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { provinceOfDistrict, receivingNameOf, SOME_PROVINCE } from '../../../../renderer/db/queries/receiving';
import { freshDb } from '../fixtures';
import { shippedJson } from '../../../shared/units/fixtures';

const read = async () => shippedJson('2024');
const giaVien = { code: '373', name: 'Huyện Gia Viễn', type: 'district', parentCode: '' } as const;

describe('provinceOfDistrict', () => {
  it('is unknown while the official list cannot be read, and tried again next time', async () => {
    expect(await provinceOfDistrict(giaVien, async () => Promise.reject(new Error('offline')))).toBeUndefined();
    expect(await provinceOfDistrict(giaVien, read)).toBe('Tỉnh Ninh Bình');
  });

  it('names the province of a district the 2024 list holds under that code and name', async () => {
    expect(await provinceOfDistrict({ ...giaVien, name: 'huyện Gia Viễn' }, read)).toBe('Tỉnh Ninh Bình');
    expect(await provinceOfDistrict({ code: '001', name: 'Quận Ba Đình', type: 'district' }, read)).toBe(
      'Thành phố Hà Nội',
    );
  });

  it('does not guess for a code the list gives another name, a code it lacks, or a unit that is no district', async () => {
    expect(await provinceOfDistrict({ ...giaVien, code: '377' }, read)).toBeUndefined(); // 377 is Huyện Yên Mô
    expect(await provinceOfDistrict({ ...giaVien, code: '999' }, read)).toBeUndefined();
    expect(await provinceOfDistrict({ code: '37', name: 'Tỉnh Ninh Bình', type: 'province' }, read)).toBeUndefined();
  });
});

describe('receivingNameOf', () => {
  it("is a commune's receiving unit, a district's province, or 'UBND tỉnh' for a district added by hand", async () => {
    const db = await freshDb(false);
    await db.units.bulkAdd([
      { ...giaVien, createdAt: 1 },
      { code: '14758', name: 'Xã Gia Phong', type: 'commune', parentCode: '373', createdAt: 1 },
    ]);
    expect(
      await receivingNameOf(db, { code: '14758', name: 'Xã Gia Phong', type: 'commune', parentCode: '373' }, read),
    ).toBe('Huyện Gia Viễn');
    expect(await receivingNameOf(db, giaVien, read)).toBe('Tỉnh Ninh Bình');
    expect(await receivingNameOf(db, { ...giaVien, code: '900', name: 'Huyện Mới' }, read)).toBe(SOME_PROVINCE);
  });
});
