import { describe, expect, it } from 'vitest';
import { decodeOfficialList, listForPeriod } from '../../../shared/units/official';
import { describeOfficial, searchOfficial } from '../../../shared/units/search';
import { shippedList } from './fixtures';

const l2024 = shippedList('2024');
const l2025 = shippedList('2025');

describe('official unit lists', () => {
  it('the 2025 list has 34 provinces and 3,321 communes, no districts', () => {
    expect(l2025.provinces).toHaveLength(34);
    expect(l2025.districts).toHaveLength(0);
    expect(l2025.communes).toHaveLength(3321);
    expect(l2025.communes.filter((c) => c.communeType === 'Đặc khu')).toHaveLength(13);
  });

  it('the 2024 list has 63 provinces, 691 districts and 10,047 communes', () => {
    expect(l2024.provinces).toHaveLength(63);
    expect(l2024.districts).toHaveLength(691);
    expect(l2024.communes).toHaveLength(10047);
  });

  it('keeps names and parents exactly as published (Ninh Bình 129 communes; Gia Viễn 18)', () => {
    expect(l2025.childrenOf.get('37')).toHaveLength(129);
    expect(l2025.byCode.get('37')?.name).toBe('Tỉnh Ninh Bình');
    expect(l2024.byCode.get('373')).toMatchObject({ name: 'Huyện Gia Viễn', kind: 'district', parentCode: '37' });
    expect(l2024.childrenOf.get('373')).toHaveLength(18);
    expect(l2024.byCode.get('14524')).toMatchObject({ name: 'Xã Gia Phong', parentCode: '373', provinceCode: '37' });
    expect(l2024.byCode.get('14464')).toMatchObject({ name: 'Thị trấn Thịnh Vượng', communeType: 'Thị trấn' });
    // The same code names another unit in the 2025 list: a code needs its list.
    expect(l2025.byCode.get('14464')).toMatchObject({ name: 'Xã Gia Viễn', parentCode: '37' });
    for (const u of [...l2024.communes, ...l2025.communes]) expect(u.name).toBe(u.name.normalize('NFC'));
  });

  it('refuses data that is not a list, with a Vietnamese message', () => {
    expect(decodeOfficialList({ formatVersion: 2 })).toMatchObject({ ok: false });
    const r = decodeOfficialList({
      formatVersion: 1,
      list: '2025',
      types: ['Xã'],
      provinces: [['01', 'A', [['1', 7, 'x']]]],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Danh mục đơn vị hành chính không hợp lệ/);
  });

  it('says which list a period falls under', () => {
    expect(listForPeriod({ year: 2024, kind: 'year' })).toBe('2024');
    expect(listForPeriod({ year: 2025, kind: 'mid-year' })).toBe('2024');
    expect(listForPeriod({ year: 2025, kind: 'year' })).toBe('2025');
    expect(listForPeriod({ year: 2026, kind: 'mid-year' })).toBe('2025');
  });
});

describe('searching the lists without diacritics', () => {
  it('"gia vien" finds Xã Gia Viễn first in the 2025 list', () => {
    const hits = searchOfficial(l2025, 'gia vien', { kinds: ['commune'] });
    // Without diacritics "Gia Viên" (a ward of Hải Phòng) is as good a match; both come before partial matches.
    expect(
      hits
        .slice(0, 2)
        .map((u) => u.name)
        .sort(),
    ).toEqual(['Phường Gia Viên', 'Xã Gia Viễn']);
    const xa = hits.find((u) => u.code === '14464')!;
    expect(describeOfficial(l2025, xa)).toBe('Xã Gia Viễn — Tỉnh Ninh Bình');
    expect(searchOfficial(l2025, 'Gia Viễn', { kinds: ['commune'] })[0]).toBe(xa);
    expect(searchOfficial(l2025, 'xa gia vien', { kinds: ['commune'] })[0]).toBe(xa);
  });

  it('"gia vien" finds Xã Gia Viễn (Lâm Đồng) and Huyện Gia Viễn in the 2024 list', () => {
    expect(searchOfficial(l2024, 'xa gia vien', { kinds: ['commune'] })[0]).toMatchObject({
      name: 'Xã Gia Viễn',
      code: '25168',
    });
    expect(searchOfficial(l2024, 'gia vien', { kinds: ['district'] })[0]).toMatchObject({ code: '373' });
    expect(searchOfficial(l2024, 'GIA  VIỄN', { kinds: ['district'] })[0]).toMatchObject({ code: '373' });
  });

  it('"ninh binh" finds the province; parent words narrow a commune; digits match codes', () => {
    expect(searchOfficial(l2025, 'ninh binh', { kinds: ['province'] })).toEqual([l2025.byCode.get('37')]);
    const phong = searchOfficial(l2024, 'gia phong gia vien', { kinds: ['commune'] });
    expect(phong[0]).toMatchObject({ code: '14524' });
    expect(searchOfficial(l2024, '14524')[0]).toMatchObject({ name: 'Xã Gia Phong' });
    expect(searchOfficial(l2024, 'dong', { kinds: ['commune'], within: '373' })).toEqual([]);
    expect(searchOfficial(l2025, 'xa', { kinds: ['commune'], within: '37', limit: 500 }).length).toBeGreaterThan(50);
    expect(searchOfficial(l2025, '   ')).toEqual([]);
  });
});
