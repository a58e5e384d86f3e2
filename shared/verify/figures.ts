/**
 * Figures twice: the commune's self-assessment and the verified result, both scored by the same engine, with the
 * difference per group and for the unit, and the verification progress.
 *
 * In the verified aggregate an indicator is scored on its verified value (./verdict.ts `verifiedValue`): agree →
 * the agreed self value, adjust → the verified value. Indicators with no verdict, a stale verdict or an
 * outstanding request count as not entered (0 points, chưa nhập), so the verified total never credits anything
 * the team has not confirmed.
 */
import { parseRaw, type RawValue } from '../entry/raw';
import type { Framework } from '../framework/types';
import { aggregate, type Tally, type UnitAggregate } from '../scoring/aggregate';
import { shownDiff } from '../scoring/format';
import type { IndicatorValue } from '../scoring/types';
import { currentVerdict, layerOf, type LayersInput } from './types';
import { verifiedValue } from './verdict';

/**
 * Self vs verified of a set of indicators (a group or the unit); each difference is verified − self, and the
 * points difference is the difference of the two figures as shown (2 decimals, ../scoring/format.ts).
 */
export interface FigureDiff {
  total: number;
  selfPoints: number;
  verifiedPoints: number;
  pointsDiff: number;
  selfCompleted: number;
  verifiedCompleted: number;
  completedDiff: number;
  maxPoints: number;
  /**
   * Indicators with a verdict (Đồng ý, Điều chỉnh or Yêu cầu bổ sung, not stale) and the difference over them
   * alone: verified − self points (uncapped) and completed. An indicator not yet verified is no difference, so
   * before the first verdict these are 0 (the screen shows "chưa thẩm tra", not a loss). Over a partial set the
   * points are summed per indicator (no group cap); once all have a verdict they equal the totals' difference.
   */
  decided: number;
  decidedPointsDiff: number;
  decidedCompletedDiff: number;
}

/** A group's difference, with its code and name. */
export interface GroupDiff extends FigureDiff {
  groupCode: number;
  name: string;
}

/** Progress of the verification of one unit. Stale verdicts count as pending (they need a new decision). */
export interface VerifyProgress {
  total: number;
  /** Đồng ý + Điều chỉnh (current). */
  verified: number;
  agreed: number;
  adjusted: number;
  /** Yêu cầu bổ sung outstanding. */
  requested: number;
  /** Verdicts kept as history because the self entry changed since. */
  stale: number;
  /** No current verdict (including stale ones). */
  pending: number;
}

/** Everything `verificationFigures` computes. */
export interface VerificationFigures {
  self: UnitAggregate;
  verified: UnitAggregate;
  groups: GroupDiff[];
  unit: FigureDiff & { selfIndex: number; verifiedIndex: number };
  progress: VerifyProgress;
}

const COMPLETED = new Set(['hoan-thanh', 'co-ban-hoan-thanh']);

type Decided = Pick<FigureDiff, 'decided' | 'decidedPointsDiff' | 'decidedCompletedDiff'>;

/**
 * The difference over the indicators of `codes` concluded (agreed or adjusted, as "Đã thẩm tra" counts them): a
 * request for more evidence is no conclusion yet, so it neither counts nor takes the indicator's points away.
 */
function decidedDiff(
  codes: readonly string[],
  self: UnitAggregate,
  verified: UnitAggregate,
  layers: LayersInput,
): Decided {
  const out: Decided = { decided: 0, decidedPointsDiff: 0, decidedCompletedDiff: 0 };
  for (const code of codes) {
    const verdict = currentVerdict(layerOf(layers, code));
    if (!verdict || verdict === 'request') continue;
    const s = self.scores.get(code);
    const v = verified.scores.get(code);
    if (!s || !v) continue;
    out.decided++;
    out.decidedPointsDiff += v.points - s.points;
    out.decidedCompletedDiff += Number(COMPLETED.has(v.status)) - Number(COMPLETED.has(s.status));
  }
  return out;
}

function diff(s: Tally, v: Tally, d: Decided): FigureDiff {
  // Once every indicator has a verdict, the difference is the totals' own (group caps included).
  const all = d.decided === s.total;
  return {
    decided: d.decided,
    decidedPointsDiff: all ? v.points - s.points : d.decidedPointsDiff,
    decidedCompletedDiff: all ? v.completed - s.completed : d.decidedCompletedDiff,
    total: s.total,
    selfPoints: s.points,
    verifiedPoints: v.points,
    pointsDiff: shownDiff(s.points, v.points),
    selfCompleted: s.completed,
    verifiedCompleted: v.completed,
    completedDiff: v.completed - s.completed,
    maxPoints: s.maxPoints,
  };
}

/** Counts current verdicts over the framework's indicators (layers of unknown codes are ignored). */
export function verifyProgress(fw: Framework, layers: LayersInput): VerifyProgress {
  const p: VerifyProgress = {
    total: fw.indicators.length,
    verified: 0,
    agreed: 0,
    adjusted: 0,
    requested: 0,
    stale: 0,
    pending: 0,
  };
  for (const ind of fw.indicators) {
    const layer = layerOf(layers, ind.code);
    if (layer?.stale) p.stale++;
    switch (currentVerdict(layer)) {
      case 'agree':
        p.agreed++;
        p.verified++;
        break;
      case 'adjust':
        p.adjusted++;
        p.verified++;
        break;
      case 'request':
        p.requested++;
        break;
      default:
        p.pending++;
    }
  }
  return p;
}

/** The verified values of every indicator (null when not verified), for the engine. */
export function verifiedValues(fw: Framework, layers: LayersInput): Map<string, IndicatorValue | null> {
  const values = new Map<string, IndicatorValue | null>();
  for (const ind of fw.indicators) values.set(ind.code, verifiedValue(ind, layerOf(layers, ind.code)));
  return values;
}

/** The self values of every indicator as the engine reads them (unparseable → null, as in ../entry/evaluate). */
export function selfValues(
  fw: Framework,
  selfEntries: Iterable<{ code: string; raw: RawValue }>,
): Map<string, IndicatorValue | null> {
  const byCode = new Map<string, RawValue>();
  for (const e of selfEntries) if (!byCode.has(e.code)) byCode.set(e.code, e.raw);
  const values = new Map<string, IndicatorValue | null>();
  for (const ind of fw.indicators) values.set(ind.code, parseRaw(ind, byCode.get(ind.code) ?? {}).value);
  return values;
}

/** Self aggregate, verified aggregate, their differences per group and unit, and the progress. */
export function verificationFigures(
  fw: Framework,
  selfEntries: Iterable<{ code: string; raw: RawValue }>,
  layers: LayersInput,
): VerificationFigures {
  const self = aggregate(fw, selfValues(fw, selfEntries));
  const verified = aggregate(fw, verifiedValues(fw, layers));
  const groups = self.groups.map((g, i): GroupDiff => {
    const v = verified.groups[i] ?? g;
    const codes = fw.indicators.filter((ind) => ind.groupCode === g.group.code).map((ind) => ind.code);
    return { groupCode: g.group.code, name: g.group.name, ...diff(g, v, decidedDiff(codes, self, verified, layers)) };
  });
  const allCodes = fw.indicators.map((ind) => ind.code);
  return {
    self,
    verified,
    groups,
    unit: {
      ...diff(self, verified, decidedDiff(allCodes, self, verified, layers)),
      selfIndex: self.index,
      verifiedIndex: verified.index,
    },
    progress: verifyProgress(fw, layers),
  };
}
