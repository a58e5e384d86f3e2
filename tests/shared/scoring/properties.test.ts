// Property tests of the scoring engine and the aggregates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../shared/framework/types';
import { aggregate } from '../../../shared/scoring/aggregate';
import { scoreIndicator } from '../../../shared/scoring/score-indicator';
import { STATUSES, statusFromPoints, statusRank } from '../../../shared/scoring/status';
import type { IndicatorValue } from '../../../shared/scoring/types';
import { anyValueArb, frameworkArb } from '../arbitraries';

const runs = { numRuns: 150 };
const valuesFor = (count: number) => fc.array(anyValueArb, { minLength: count, maxLength: count });

describe('scoring properties', () => {
  it('points are always finite and within [0, max]; only scored values earn points', () => {
    fc.assert(
      fc.property(frameworkArb, fc.array(anyValueArb, { minLength: 20, maxLength: 20 }), (fw, values) => {
        fw.indicators.forEach((ind, i) => {
          const s = scoreIndicator(ind, values[i % values.length], fw.thresholds);
          expect(Number.isFinite(s.points)).toBe(true);
          expect(s.points).toBeGreaterThanOrEqual(0);
          expect(s.points).toBeLessThanOrEqual(ind.maxPoints);
          if (s.state !== 'scored') expect(s.points).toBe(0);
          expect(STATUSES).toContain(s.status);
          expect(s.explanation).not.toMatch(/NaN|Infinity|undefined/);
        });
      }),
      runs,
    );
  });

  it('group and unit sums equal the sum of their parts, with caps', () => {
    fc.assert(
      fc.property(
        frameworkArb.chain((fw) => fc.tuple(fc.constant(fw), valuesFor(fw.indicators.length))),
        ([fw, list]) => {
          const values = new Map(fw.indicators.map((ind, i) => [ind.code, list[i]]));
          const agg = aggregate(fw, values);
          let unit = 0;
          for (const g of agg.groups) {
            const parts = fw.indicators
              .filter((i) => i.groupCode === g.group.code)
              .map((i) => agg.scores.get(i.code)?.points ?? Number.NaN);
            const sum = parts.reduce((a, b) => a + b, 0);
            expect(g.rawPoints).toBeCloseTo(sum, 9);
            expect(g.points).toBeCloseTo(Math.min(sum, g.group.maxPoints), 9);
            expect(g.points).toBeLessThanOrEqual(g.group.maxPoints);
            expect(Object.values(g.byStatus).reduce((a, b) => a + b, 0)).toBe(g.total);
            unit += g.points;
          }
          expect(agg.points).toBeCloseTo(unit, 9);
          expect(agg.maxPoints).toBe(fw.groups.reduce((s, g) => s + g.maxPoints, 0));
          expect(agg.index).toBeGreaterThanOrEqual(0);
          expect(agg.index).toBeLessThanOrEqual(1);
          expect(agg.total).toBe(fw.indicators.length);
          expect(agg.entered + agg.invalid + (agg.byStatus['chua-nhap'] - agg.invalid)).toBe(agg.total);
          expect(agg.completed).toBe(agg.byStatus['hoan-thanh'] + agg.byStatus['co-ban-hoan-thanh']);
        },
      ),
      runs,
    );
  });

  it('status never goes down when points go up', () => {
    const thresholds = fc
      .tuple(fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }))
      .map(([a, b]) => ({ complete: Math.max(a, b), basic: Math.min(a, b) }));
    fc.assert(
      fc.property(
        thresholds,
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, max, x, y) => {
          const [lo, hi] = x <= y ? [x * max, y * max] : [y * max, x * max];
          expect(statusRank(statusFromPoints(lo, max, t))).toBeLessThanOrEqual(
            statusRank(statusFromPoints(hi, max, t)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a larger entered value never gives fewer points or a lower status', () => {
    const numeric = (ind: Indicator, v: number): IndicatorValue | undefined => {
      if (ind.valueType === 'count') return { type: 'count', value: v };
      if (ind.valueType === 'percent') return { type: 'percent', value: v };
      if (ind.valueType === 'ratio') return { type: 'ratio', numerator: v, denominator: 20000 }; // a ≤ b
      if (ind.valueType === 'money' || ind.valueType === 'text') return { type: 'manual', points: v };
      return undefined;
    };
    fc.assert(
      fc.property(
        frameworkArb,
        fc.double({ min: 0, max: 20000, noNaN: true }),
        fc.double({ min: 0, max: 20000, noNaN: true }),
        (fw, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          for (const ind of fw.indicators) {
            const vLo = numeric(ind, lo);
            const vHi = numeric(ind, hi);
            if (!vLo || !vHi) continue;
            const sLo = scoreIndicator(ind, vLo, fw.thresholds);
            const sHi = scoreIndicator(ind, vHi, fw.thresholds);
            expect(sHi.points).toBeGreaterThanOrEqual(sLo.points);
            expect(statusRank(sHi.status)).toBeGreaterThanOrEqual(statusRank(sLo.status));
          }
        },
      ),
      runs,
    );
  });
});
