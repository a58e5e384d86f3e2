import { describe, expect, it } from 'vitest';
import type { Framework, Indicator } from '@shared/framework/types';
import type { IndicatorScore } from '@shared/scoring/types';
import { filterIndicators, nextUnfilled } from '../../../../renderer/features/entry/filter';
import { EMPTY_FILTER } from '../../../../renderer/store/slices/entry';

const ind = (code: string, groupCode: number, name: string) =>
  ({ code, groupCode, name, method: '', evidence: '' }) as Indicator;
const fw: Pick<Framework, 'indicators' | 'groups'> = {
  groups: [
    { code: 1, name: 'Nhận thức số', nameEn: '', maxPoints: 100 },
    { code: 2, name: 'Thể chế số', nameEn: '', maxPoints: 100 },
  ],
  indicators: [
    ind('1.1', 1, 'Trưởng ban'),
    ind('1.2', 1, 'Cuộc họp'),
    ind('2.1', 2, 'Đảng ủy xã có nghị quyết'),
    ind('2.2', 2, 'Tỷ lệ doanh nghiệp dùng hóa đơn điện tử'),
    ind('2.3', 2, 'Hoạt động của Tổ công nghệ số'),
  ],
};
const score = (status: IndicatorScore['status']) => ({ status }) as IndicatorScore;
const scores = new Map([
  ['1.2', score('hoan-thanh')],
  ['2.1', score('chua-thuc-hien')],
]);

describe('filterIndicators', () => {
  it('finds by name or group without diacritics, by group, status and only unfilled', () => {
    const codes = (f: Partial<typeof EMPTY_FILTER>) =>
      filterIndicators(fw, scores, { ...EMPTY_FILTER, ...f }).map((i) => i.code);
    expect(codes({ text: 'nhan thuc' })).toEqual(['1.1', '1.2']);
    expect(codes({ text: 'dang uy' })).toEqual(['2.1']);
    expect(codes({ text: 'ĐẢNG ỦY' })).toEqual(['2.1']);
    expect(codes({ group: 2 })).toEqual(['2.1', '2.2', '2.3']);
    expect(codes({ status: 'hoan-thanh' })).toEqual(['1.2']);
    expect(codes({ onlyUnfilled: true })).toEqual(['1.1', '2.2', '2.3']);
    expect(codes({})).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3']);
  });

  it('matches words from their start: "hoa don" finds hóa đơn, not every Hoạt động', () => {
    const codes = (text: string) => filterIndicators(fw, scores, { ...EMPTY_FILTER, text }).map((i) => i.code);
    expect(codes('hoa don')).toEqual(['2.2']);
    expect(codes('hoat')).toEqual(['2.3']);
    expect(codes('oat dong')).toEqual([]);
  });

  it('nextUnfilled wraps around and answers null when all are filled', () => {
    expect(nextUnfilled(fw.indicators, scores, '1.2')).toBe('2.2');
    expect(nextUnfilled(fw.indicators, scores, '2.3')).toBe('1.1');
    expect(nextUnfilled(fw.indicators, scores, null)).toBe('1.1');
    const all = new Map(fw.indicators.map((i) => [i.code, score('hoan-thanh')]));
    expect(nextUnfilled(fw.indicators, all, null)).toBeNull();
  });
});
