// Figures twice (self vs verified, per group and unit, progress) and the board state of a commune.
import fc from 'fast-check';
import { formatPoints, roundPoints } from '../../../shared/scoring/format';
import { describe, expect, it } from 'vitest';
import { scoreIndicator } from '../../../shared/scoring';
import { boardState } from '../../../shared/verify/board';
import { randomRaw, seededRandom } from '../../../shared/verify/bench';
import { verificationFigures } from '../../../shared/verify/figures';
import type { VerifiedLayer } from '../../../shared/verify/types';
import { applyVerdict, verifiedValue } from '../../../shared/verify/verdict';
import { agreeAll, AT, communeFw, entry, ind, layer, plainEntries } from './fixtures';

describe('verificationFigures', () => {
  it('with every indicator agreed, verified equals self', () => {
    const entries = plainEntries();
    const f = verificationFigures(communeFw, entries, agreeAll(communeFw, entries));
    expect(f.verified.points).toBeCloseTo(f.self.points, 9);
    expect(f.unit.pointsDiff).toBeCloseTo(0, 9);
    expect(f.groups.every((g) => g.completedDiff === 0)).toBe(true);
    expect(f.progress).toEqual({
      total: 50,
      verified: 50,
      agreed: 50,
      adjusted: 0,
      requested: 0,
      stale: 0,
      pending: 0,
    });
  });

  it('counts an adjustment, a request, a stale verdict and open indicators; unverified ones score nothing', () => {
    const entries = plainEntries();
    const layers = agreeAll(communeFw, entries);
    const e14 = entries.find((e) => e.code === '1.4')!; // boolean, 15 points: yes → no
    layers.set(
      '1.4',
      layer(ind('1.4'), e14, { verdict: 'adjust', raw: { value: 'no' }, remark: 'Chưa có chuyên mục' }),
    );
    layers.set('1.2', layer(ind('1.2'), entries[1]!, { verdict: 'request', remark: 'Bổ sung biên bản' }));
    layers.set('1.5', { ...layers.get('1.5')!, stale: { revision: 2, at: AT, changes: [] } });
    layers.delete('2.1');
    const f = verificationFigures(communeFw, entries, layers);
    expect(f.progress).toEqual({
      total: 50,
      verified: 47,
      agreed: 46,
      adjusted: 1,
      requested: 1,
      stale: 1,
      pending: 2,
    });
    const g1 = f.groups[0]!;
    const lost = ['1.4', '1.2', '1.5'].reduce((s, c) => s + f.self.scores.get(c)!.points, 0);
    expect(g1.pointsDiff).toBe(roundPoints(g1.verifiedPoints) - roundPoints(g1.selfPoints));
    expect(g1.pointsDiff).toBeCloseTo(-lost, 1);
    expect(f.groups[1]!.pointsDiff).toBeCloseTo(-f.self.scores.get('2.1')!.points, 1);
    expect(f.verified.scores.get('1.2')!.status).toBe('chua-nhap');
    expect(formatPoints(f.unit.pointsDiff)).toBe(
      formatPoints(roundPoints(f.verified.points) - roundPoints(f.self.points)),
    );
    expect(f.unit.verifiedIndex).toBeCloseTo(f.verified.points / 1000, 12);
  });

  it('before any verdict there is no difference; afterwards only verdicts count ("chưa thẩm tra" is not a loss)', () => {
    const entries = plainEntries();
    const none = verificationFigures(communeFw, entries, new Map());
    expect(none.unit.pointsDiff).toBeLessThan(0); // the raw totals differ…
    expect(none.unit).toMatchObject({ decided: 0, decidedPointsDiff: 0, decidedCompletedDiff: 0 }); // …no verdict, no difference
    const layers = new Map<string, VerifiedLayer>();
    const e14 = entries.find((e) => e.code === '1.4')!;
    layers.set(
      '1.4',
      layer(ind('1.4'), e14, { verdict: 'adjust', raw: { value: 'no' }, remark: 'Chưa có chuyên mục' }),
    );
    layers.set('1.1', layer(ind('1.1'), entries[0]!, { verdict: 'agree' }));
    layers.set('1.5', {
      ...layer(ind('1.5'), entries[4]!, { verdict: 'agree' }),
      stale: { revision: 2, at: AT, changes: [] },
    });
    // A request for more evidence is no conclusion: not counted, and its points are not taken away yet.
    layers.set('1.2', layer(ind('1.2'), entries[1]!, { verdict: 'request', remark: 'Bổ sung biên bản' }));
    const f = verificationFigures(communeFw, entries, layers);
    const lost14 = f.self.scores.get('1.4')!.points;
    expect(lost14).toBeGreaterThan(0);
    expect(f.unit.decided).toBe(2); // the stale one needs a new decision
    expect(f.unit.decided).toBe(f.progress.verified); // as "Đã thẩm tra x/50" counts
    expect(f.unit.decidedPointsDiff).toBeCloseTo(-lost14, 9);
    expect(f.groups[0]!.decidedPointsDiff).toBeCloseTo(-lost14, 9);
    expect(f.groups[0]!.decidedCompletedDiff).toBe(-1);
    expect(f.groups[1]!).toMatchObject({ decided: 0, decidedPointsDiff: 0 });
  });

  const actions = ['none', 'agree', 'adjust', 'request', 'stale'] as const;
  const plan = fc.tuple(
    ...communeFw.indicators.map(() =>
      fc.record({ self: fc.integer(), act: fc.constantFrom(...actions), adj: fc.integer() }),
    ),
  );

  it('verified total = sum of verified indicator points (group caps), difference = verified − self (property)', () => {
    fc.assert(
      fc.property(plan, (steps) => {
        const entries = communeFw.indicators.map((i, k) => entry(i.code, randomRaw(i, seededRandom(steps[k]!.self))));
        const layers = new Map<string, VerifiedLayer>();
        communeFw.indicators.forEach((i, k) => {
          const s = steps[k]!;
          const e = entries[k]!;
          const r =
            s.act === 'none'
              ? undefined
              : s.act === 'adjust'
                ? applyVerdict(i, e, {
                    verdict: 'adjust',
                    raw: randomRaw(i, seededRandom(s.adj)),
                    remark: 'Lý do',
                    at: AT,
                  })
                : s.act === 'request'
                  ? applyVerdict(i, e, { verdict: 'request', remark: 'Bổ sung', at: AT })
                  : applyVerdict(i, e, { verdict: 'agree', at: AT });
          if (r?.ok)
            layers.set(
              i.code,
              s.act === 'stale' ? { ...r.layer, stale: { revision: 2, at: AT, changes: [] } } : r.layer,
            );
        });
        const f = verificationFigures(communeFw, entries, layers);
        let total = 0;
        for (const g of communeFw.groups) {
          const pts = communeFw.indicators
            .filter((i) => i.groupCode === g.code)
            .reduce(
              (sum, i) => sum + scoreIndicator(i, verifiedValue(i, layers.get(i.code)), communeFw.thresholds).points,
              0,
            );
          total += Math.min(pts, g.maxPoints);
          const d = f.groups.find((x) => x.groupCode === g.code)!;
          expect(d.verifiedPoints).toBeCloseTo(Math.min(pts, g.maxPoints), 9);
          expect(d.pointsDiff).toBeCloseTo(roundPoints(d.verifiedPoints) - roundPoints(d.selfPoints), 9);
          expect(d.completedDiff).toBe(d.verifiedCompleted - d.selfCompleted);
        }
        expect(f.verified.points).toBeCloseTo(total, 9);
        expect(f.unit.pointsDiff).toBeCloseTo(roundPoints(f.verified.points) - roundPoints(f.self.points), 9);
        const p = f.progress;
        expect(p.verified + p.requested + p.pending).toBe(p.total);
        for (const i of communeFw.indicators) {
          const l = layers.get(i.code);
          if (!l || l.stale || l.verdict === 'request') expect(f.verified.scores.get(i.code)!.state).toBe('empty');
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('boardState', () => {
  const entries = plainEntries();
  it('follows the workflow: chưa nhận → đã nhận → đang thẩm tra → yêu cầu bổ sung → đã thẩm tra', () => {
    expect(boardState(communeFw, false, {})).toBe('chua-nhan');
    expect(boardState(communeFw, true, {})).toBe('da-nhan');
    const layers = agreeAll(communeFw, entries.slice(0, 10));
    expect(boardState(communeFw, true, layers)).toBe('dang-tham-tra');
    const all = agreeAll(communeFw, entries);
    expect(boardState(communeFw, true, all)).toBe('da-tham-tra');
    all.set(
      '3.1',
      layer(
        ind('3.1'),
        entries.find((e) => e.code === '3.1')!,
        { verdict: 'request', remark: 'Bổ sung' },
      ),
    );
    expect(boardState(communeFw, true, all)).toBe('yeu-cau-bo-sung');
    all.set('3.2', { ...all.get('3.2')!, stale: { revision: 2, at: AT, changes: [] } });
    expect(boardState(communeFw, true, all)).toBe('dang-tham-tra');
  });

  it('a file with only stale verdicts is being verified, not merely received', () => {
    const one = agreeAll(communeFw, entries.slice(0, 1));
    one.set('1.1', { ...one.get('1.1')!, stale: { revision: 2, at: AT, changes: [] } });
    expect(boardState(communeFw, true, one)).toBe('dang-tham-tra');
  });
});
