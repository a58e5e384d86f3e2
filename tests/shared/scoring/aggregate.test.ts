import { describe, expect, it } from 'vitest';
import type { Framework } from '../../../shared/framework/types';
import { aggregate } from '../../../shared/scoring/aggregate';
import { formatPercent, formatPoints } from '../../../shared/scoring/format';
import { unitSentence } from '../../../shared/scoring/sentence';
import { STATUSES, STATUS_LABELS_EN, STATUS_LABELS_VI, statusFromPoints } from '../../../shared/scoring/status';
import type { IndicatorValue } from '../../../shared/scoring/types';
import { shippedFramework } from '../helpers';

const district = shippedFramework('district');

/** A value worth the full points (or `share` of them where the rule allows) for every indicator. */
function fullValue(fw: Framework, code: string): IndicatorValue {
  const ind = fw.indicators.find((i) => i.code === code);
  if (!ind) throw new Error(code);
  switch (ind.scoring.kind) {
    case 'bool':
      return { type: 'boolean', value: true };
    case 'ratio':
      return ind.valueType === 'percent'
        ? { type: 'percent', value: 100 }
        : { type: 'ratio', numerator: 5, denominator: 5 };
    case 'steps':
      return { type: 'count', value: ind.scoring.steps[0]?.threshold ?? 0 };
    case 'target':
      return { type: 'count', value: ind.scoring.target };
    case 'choice':
      return { type: 'choice', key: ind.scoring.options.find((o) => o.fraction === 1)?.key ?? '' };
    case 'manual':
      return { type: 'manual', points: ind.maxPoints };
  }
}

describe('aggregate', () => {
  it('gives 1,000 points and index 1 when everything is complete', () => {
    const values = new Map(district.indicators.map((i) => [i.code, fullValue(district, i.code)]));
    const agg = aggregate(district, values);
    expect(agg).toMatchObject({
      total: 72,
      entered: 72,
      completed: 72,
      points: 1000,
      maxPoints: 1000,
      index: 1,
      invalid: 0,
    });
    expect(agg.groups.map((g) => [g.group.code, g.points, g.total])).toEqual([
      [1, 100, 8],
      [2, 100, 8],
      [3, 100, 7],
      [4, 100, 8],
      [5, 100, 9],
      [6, 200, 18],
      [7, 150, 7],
      [8, 150, 7],
    ]);
    expect(unitSentence(agg)).toBe(
      'Đã hoàn thành và cơ bản hoàn thành 72/72 chỉ số, có 0/72 chỉ số hoàn thành thấp hoặc chưa thực hiện',
    );
  });

  it('counts nothing entered as chưa nhập', () => {
    const agg = aggregate(district, {});
    expect(agg).toMatchObject({ entered: 0, completed: 0, points: 0, index: 0 });
    expect(agg.byStatus['chua-nhap']).toBe(72);
    expect(unitSentence(agg)).toBe(
      'Đã hoàn thành và cơ bản hoàn thành 0/72 chỉ số, có 0/72 chỉ số hoàn thành thấp hoặc chưa thực hiện, 72/72 chỉ số chưa nhập',
    );
    expect(unitSentence(agg, { unenteredAsNotDone: true })).toBe(
      'Đã hoàn thành và cơ bản hoàn thành 0/72 chỉ số, có 72/72 chỉ số hoàn thành thấp hoặc chưa thực hiện',
    );
  });

  it('reproduces the seed sentence 41/72 and 31/72', () => {
    const values: Record<string, IndicatorValue> = {};
    district.indicators.forEach((ind, i) => {
      values[ind.code] = i < 41 ? fullValue(district, ind.code) : zeroValue(ind.code);
    });
    const agg = aggregate(district, values);
    expect(unitSentence(agg)).toBe(
      'Đã hoàn thành và cơ bản hoàn thành 41/72 chỉ số, có 31/72 chỉ số hoàn thành thấp hoặc chưa thực hiện',
    );
  });

  it('counts không áp dụng as entered, invalid as not entered', () => {
    const ratio = district.indicators.filter((i) => i.valueType === 'ratio');
    const [a, b] = ratio;
    if (!a || !b) throw new Error('need ratios');
    const values = new Map<string, IndicatorValue | null>([
      [a.code, { type: 'ratio', numerator: 0, denominator: 0 }],
      [b.code, { type: 'ratio', numerator: -1, denominator: 4 }],
    ]);
    const agg = aggregate(district, values);
    expect(agg).toMatchObject({ entered: 1, notApplicable: 1, invalid: 1, completed: 0, points: 0 });
    expect(agg.byStatus['khong-ap-dung']).toBe(1);
    expect(agg.byStatus['chua-nhap']).toBe(71);
    expect(agg.scores.get(b.code)?.state).toBe('invalid');
    expect(unitSentence(agg)).toBe(
      'Đã hoàn thành và cơ bản hoàn thành 0/72 chỉ số, có 0/72 chỉ số hoàn thành thấp hoặc chưa thực hiện, 71/72 chỉ số chưa nhập, 1/72 chỉ số không áp dụng',
    );
  });

  it('sums groups from unrounded points', () => {
    const g1 = district.indicators.filter((i) => i.groupCode === 1 && i.valueType === 'ratio');
    const values = Object.fromEntries(
      g1.map((i) => [i.code, { type: 'ratio', numerator: 1, denominator: 3 } as IndicatorValue]),
    );
    const agg = aggregate(district, values);
    const expected = g1.reduce((s, i) => s + (i.maxPoints * 1) / 3, 0);
    expect(agg.groups[0]?.points).toBeCloseTo(expected, 10);
    expect(agg.points).toBeCloseTo(expected, 10);
    expect(agg.index).toBeCloseTo(expected / 1000, 12);
  });

  it('caps a group at its maximum even if its indicators are worth more', () => {
    const fw = structuredClone(district);
    const g1 = fw.groups[0];
    if (!g1) throw new Error('no group');
    g1.maxPoints = 50;
    const agg = aggregate(fw, new Map(fw.indicators.map((i) => [i.code, fullValue(fw, i.code)])));
    expect(agg.groups[0]).toMatchObject({ rawPoints: 100, points: 50, maxPoints: 50 });
    expect(agg).toMatchObject({ points: 950, maxPoints: 950, index: 1 });
  });

  it('reads only own keys of a record', () => {
    const proto = { '1.5': { type: 'boolean', value: true } };
    const values = Object.create(proto) as Record<string, IndicatorValue>;
    expect(aggregate(district, values).entered).toBe(0);
  });

  function zeroValue(code: string): IndicatorValue {
    const v = fullValue(district, code);
    switch (v.type) {
      case 'boolean':
        return { type: 'boolean', value: false };
      case 'ratio':
        return { type: 'ratio', numerator: 0, denominator: 5 };
      case 'percent':
        return { type: 'percent', value: 10 };
      case 'count':
        return { type: 'count', value: 0 };
      case 'choice':
        return { type: 'choice', key: lowestKey(code) };
      case 'manual':
        return { type: 'manual', points: 0 };
    }
  }
  function lowestKey(code: string): string {
    const ind = district.indicators.find((i) => i.code === code);
    return ind?.scoring.kind === 'choice' ? (ind.scoring.options.find((o) => o.fraction === 0)?.key ?? '') : '';
  }
});

describe('status labels and display', () => {
  it('labels every status in Vietnamese and English', () => {
    for (const s of STATUSES) {
      expect(STATUS_LABELS_VI[s]).toMatch(/\S/);
      expect(STATUS_LABELS_EN[s]).toMatch(/\S/);
    }
    expect(STATUS_LABELS_VI['co-ban-hoan-thanh']).toBe('Cơ bản hoàn thành');
    expect(STATUS_LABELS_VI['khong-ap-dung']).toBe('Không áp dụng/chưa đủ dữ liệu');
  });
  it('maps shares to statuses at the thresholds', () => {
    const t = { complete: 0.9, basic: 0.5 };
    expect(statusFromPoints(18, 20, t)).toBe('hoan-thanh');
    expect(statusFromPoints(17.99, 20, t)).toBe('co-ban-hoan-thanh');
    expect(statusFromPoints(10, 20, t)).toBe('co-ban-hoan-thanh');
    expect(statusFromPoints(9.99, 20, t)).toBe('hoan-thanh-thap');
    expect(statusFromPoints(0.01, 20, t)).toBe('hoan-thanh-thap');
    expect(statusFromPoints(0, 20, t)).toBe('chua-thuc-hien');
  });
  it('formats points with 2 decimals and a comma', () => {
    expect(formatPoints(587.41)).toBe('587,41');
    expect(formatPoints(7.5)).toBe('7,50');
    expect(formatPoints(1000)).toBe('1.000,00');
    expect(formatPoints(20 / 3)).toBe('6,67');
    expect(formatPercent(0.8)).toBe('80,00%');
  });
});
