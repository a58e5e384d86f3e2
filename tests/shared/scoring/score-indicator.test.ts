import { statusLabel } from '../../../shared/scoring/status';
import { describe, expect, it } from 'vitest';
import { scoreIndicator } from '../../../shared/scoring/score-indicator';
import type { IndicatorValue } from '../../../shared/scoring/types';
import { T, boolInd, choiceInd, manualInd, percentInd, ratioInd, stepsInd, targetInd } from './fixtures';

describe('empty values', () => {
  it('null and undefined are chưa nhập, not chưa thực hiện', () => {
    for (const v of [null, undefined]) {
      expect(scoreIndicator(ratioInd, v, T)).toEqual({
        state: 'empty',
        points: 0,
        status: 'chua-nhap',
        warnings: [],
        explanation: 'Chưa nhập giá trị.',
      });
    }
  });
  it('a value worth 0 is chưa thực hiện', () => {
    const s = scoreIndicator(boolInd, { type: 'boolean', value: false }, T);
    expect(s).toMatchObject({ state: 'scored', points: 0, status: 'chua-thuc-hien' });
  });
});

describe('bool', () => {
  it('gives max or nothing', () => {
    expect(scoreIndicator(boolInd, { type: 'boolean', value: true }, T)).toMatchObject({
      points: 10,
      status: 'hoan-thanh',
      explanation: 'Có → 10 điểm',
    });
    expect(scoreIndicator(boolInd, { type: 'boolean', value: false }, T).explanation).toBe('Không → 0 điểm');
    // An indicator worded as a negative answers in its framework's words, where "Có" would read as the opposite.
    const negative = {
      ...boolInd,
      method: 'Không để xảy ra sự cố; yes = Không xảy ra sự cố (10 điểm); no = Có xảy ra sự cố (0 điểm).',
    };
    expect(scoreIndicator(negative, { type: 'boolean', value: true }, T)).toMatchObject({
      points: 10,
      explanation: 'Trả lời: Không xảy ra sự cố → 10 điểm',
    });
    expect(scoreIndicator(negative, { type: 'boolean', value: false }, T).explanation).toBe(
      'Trả lời: Có xảy ra sự cố → 0 điểm',
    );
  });
  it('refuses a non-boolean payload', () => {
    const v = { type: 'boolean', value: 'yes' } as unknown as IndicatorValue;
    expect(scoreIndicator(boolInd, v, T)).toMatchObject({ state: 'invalid', points: 0, status: 'chua-nhap' });
  });
});

describe('ratio a/b', () => {
  it('scores min(a/b, 1) × max and explains it', () => {
    const s = scoreIndicator(ratioInd, { type: 'ratio', numerator: 12, denominator: 15 }, T);
    expect(s).toMatchObject({ state: 'scored', points: 16, status: 'co-ban-hoan-thanh', warnings: [] });
    expect(s.explanation).toBe('a/b = 12/15 = 80,00% → 0,8 × 20 = 16 điểm');
  });
  it('keeps points unrounded', () => {
    const s = scoreIndicator(ratioInd, { type: 'ratio', numerator: 1, denominator: 3 }, T);
    expect(s.points).toBeCloseTo(20 / 3, 12);
    expect(s.explanation).toContain('= 6,67 điểm');
    expect(s.status).toBe('hoan-thanh-thap');
  });
  it('a numerator above the denominator cannot be right: not scored, "Cần xem lại", never "Hoàn thành"', () => {
    const s = scoreIndicator(ratioInd, { type: 'ratio', numerator: 36, denominator: 30 }, T);
    expect(s).toMatchObject({ state: 'invalid', points: 0 });
    expect(s.warnings[0]).toMatch(/^Tử số a = 36 lớn hơn mẫu số b = 30 .*120,00%.*cần xem lại số liệu\.$/);
    expect(statusLabel(s)).toBe('Cần xem lại');
    expect(statusLabel(scoreIndicator(ratioInd, { type: 'ratio', numerator: 30, denominator: 30 }, T))).toBe(
      'Hoàn thành',
    );
  });
  it('treats a zero denominator as không áp dụng, never NaN', () => {
    const s = scoreIndicator(ratioInd, { type: 'ratio', numerator: 0, denominator: 0 }, T);
    expect(s).toMatchObject({ state: 'not-applicable', points: 0, status: 'khong-ap-dung', warnings: [] });
    expect(s.explanation).toContain('không áp dụng/chưa đủ dữ liệu');
    const t = scoreIndicator(ratioInd, { type: 'ratio', numerator: 3, denominator: 0 }, T);
    expect(t).toMatchObject({ state: 'not-applicable', points: 0 });
    expect(t.warnings).toHaveLength(1);
  });
  it.each([
    [-1, 5],
    [1, -5],
    [Number.NaN, 5],
    [1, Number.POSITIVE_INFINITY],
    ['3', 5],
  ])('refuses numerator %s / denominator %s', (a, b) => {
    const v = { type: 'ratio', numerator: a, denominator: b } as unknown as IndicatorValue;
    expect(scoreIndicator(ratioInd, v, T)).toMatchObject({ state: 'invalid', points: 0, status: 'chua-nhap' });
  });
});

describe('percent', () => {
  it('scores v/100 × max', () => {
    const s = scoreIndicator(percentInd, { type: 'percent', value: 85 }, T);
    expect(s.points).toBeCloseTo(21.25, 12);
    expect(s.explanation).toBe('v = 85% → 0,85 × 25 = 21,25 điểm');
  });
  it('caps above 100 % with a warning', () => {
    const s = scoreIndicator(percentInd, { type: 'percent', value: 120 }, T);
    expect(s).toMatchObject({ points: 25, status: 'hoan-thanh' });
    expect(s.warnings[0]).toContain('lớn hơn 100%');
  });
  it('refuses negative and NaN', () => {
    expect(scoreIndicator(percentInd, { type: 'percent', value: -5 }, T).state).toBe('invalid');
    expect(scoreIndicator(percentInd, { type: 'percent', value: Number.NaN }, T).state).toBe('invalid');
  });
});

describe('steps', () => {
  it.each([
    [0, 0, 'chua-thuc-hien'],
    [1, 5, 'hoan-thanh-thap'],
    [2, 10, 'co-ban-hoan-thanh'],
    [3, 15, 'co-ban-hoan-thanh'],
    [4, 20, 'hoan-thanh'],
    [40, 20, 'hoan-thanh'],
    [2.5, 10, 'co-ban-hoan-thanh'],
  ])('count %d → %d points', (count, points, status) => {
    expect(scoreIndicator(stepsInd, { type: 'count', value: count }, T)).toMatchObject({
      state: 'scored',
      points,
      status,
    });
  });
  it('explains the step reached or missed', () => {
    expect(scoreIndicator(stepsInd, { type: 'count', value: 3 }, T).explanation).toBe(
      'Giá trị 3 đạt bậc từ 3 trở lên → 15 điểm',
    );
    expect(scoreIndicator(stepsInd, { type: 'count', value: 0 }, T).explanation).toBe(
      'Giá trị 0 chưa đạt bậc thấp nhất (từ 1) → 0 điểm',
    );
  });
  it('warns about a fractional count', () => {
    expect(scoreIndicator(stepsInd, { type: 'count', value: 2.5 }, T).warnings).toEqual([
      'Số đếm 2,5 không phải số nguyên.',
    ]);
  });
  it('refuses negative counts', () => {
    expect(scoreIndicator(stepsInd, { type: 'count', value: -1 }, T)).toMatchObject({ state: 'invalid', points: 0 });
  });
});

describe('target', () => {
  it('scores min(v/N, 1) × max', () => {
    expect(scoreIndicator(targetInd, { type: 'count', value: 30 }, T)).toMatchObject({
      points: 6,
      status: 'co-ban-hoan-thanh',
    });
    expect(scoreIndicator(targetInd, { type: 'count', value: 80 }, T)).toMatchObject({
      points: 10,
      status: 'hoan-thanh',
    });
    expect(scoreIndicator(targetInd, { type: 'count', value: 0 }, T)).toMatchObject({
      points: 0,
      status: 'chua-thuc-hien',
    });
    expect(scoreIndicator(targetInd, { type: 'count', value: 30 }, T).explanation).toBe(
      'Đạt 30/50 = 60,00% → 0,6 × 10 = 6 điểm',
    );
  });
  it('refuses infinity', () => {
    expect(scoreIndicator(targetInd, { type: 'count', value: Number.POSITIVE_INFINITY }, T).state).toBe('invalid');
  });
});

describe('choice', () => {
  it('scores fraction × max, fractional points allowed', () => {
    expect(scoreIndicator(choiceInd, { type: 'choice', key: 'truong' }, T)).toMatchObject({
      points: 15,
      status: 'hoan-thanh',
    });
    const pho = scoreIndicator(choiceInd, { type: 'choice', key: 'pho' }, T);
    expect(pho).toMatchObject({ points: 7.5, status: 'co-ban-hoan-thanh' });
    expect(pho.explanation).toBe('Mức: Trưởng ban là cấp phó → 0,5 × 15 = 7,5 điểm');
    expect(scoreIndicator(choiceInd, { type: 'choice', key: 'khong' }, T)).toMatchObject({
      points: 0,
      status: 'chua-thuc-hien',
    });
  });
  it('refuses an unknown key, including prototype names', () => {
    for (const key of ['giam_doc', 'constructor', '__proto__', '']) {
      const s = scoreIndicator(choiceInd, { type: 'choice', key }, T);
      expect(s).toMatchObject({ state: 'invalid', points: 0, status: 'chua-nhap' });
    }
    expect(scoreIndicator(choiceInd, { type: 'choice', key: 'giam_doc' }, T).warnings[0]).toContain('"giam_doc"');
  });
});

describe('manual', () => {
  it('takes typed points and records the declared data', () => {
    const s = scoreIndicator(manualInd, { type: 'manual', points: 12, declared: '250 triệu đồng' }, T);
    expect(s).toMatchObject({ points: 12, status: 'co-ban-hoan-thanh' });
    expect(s.explanation).toBe('Kê khai: 250 triệu đồng; điểm tự chấm 12 (tối đa 15) → 12 điểm');
  });
  it('caps at max with a warning', () => {
    const s = scoreIndicator(manualInd, { type: 'manual', points: 40 }, T);
    expect(s).toMatchObject({ points: 15, status: 'hoan-thanh' });
    expect(s.warnings[0]).toContain('vượt điểm tối đa 15');
  });
  it('refuses negative points', () => {
    expect(scoreIndicator(manualInd, { type: 'manual', points: -1 }, T).state).toBe('invalid');
  });
});

describe('wrong value type', () => {
  it.each<[string, IndicatorValue, typeof ratioInd]>([
    ['percent for a/b ratio', { type: 'percent', value: 50 }, ratioInd],
    ['ratio for percent', { type: 'ratio', numerator: 1, denominator: 2 }, percentInd],
    ['boolean for steps', { type: 'boolean', value: true }, stepsInd],
    ['manual for choice', { type: 'manual', points: 5 }, choiceInd],
    ['count for manual', { type: 'count', value: 5 }, manualInd],
  ])('%s is invalid', (_n, value, ind) => {
    const s = scoreIndicator(ind, value, T);
    expect(s).toMatchObject({ state: 'invalid', points: 0, status: 'chua-nhap' });
    expect(s.explanation).toContain('Giá trị không hợp lệ');
  });
  it('garbage is invalid, not a crash', () => {
    for (const v of [42, 'x', {}, { type: 'nope' }, []]) {
      expect(scoreIndicator(ratioInd, v as unknown as IndicatorValue, T).state).toBe('invalid');
    }
  });
});

describe('thresholds', () => {
  it('follow the framework settings', () => {
    const strict = { complete: 1, basic: 0.8 };
    const v: IndicatorValue = { type: 'ratio', numerator: 9, denominator: 10 };
    expect(scoreIndicator(ratioInd, v, T).status).toBe('hoan-thanh');
    expect(scoreIndicator(ratioInd, v, strict).status).toBe('co-ban-hoan-thanh');
  });
});
