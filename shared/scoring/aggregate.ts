/**
 * Aggregates of a unit's assessment: per group and for the unit, entry progress, completion, points and counts per
 * status. Conventions (our design):
 * - entered = scored + not applicable (a ratio with b = 0 was answered); invalid values are not entered.
 * - completed = hoàn thành + cơ bản hoàn thành, shown over all indicators ("41/72").
 * - group points = sum of indicator points capped at the group max; unit points = sum of group points;
 *   index = unit points ÷ unit max (the sum of group maxima: 1,000 for the DTI scale).
 */
import type { Framework, Group } from '../framework/types';
import { scoreIndicator } from './score-indicator';
import { STATUSES } from './status';
import type { IndicatorScore, IndicatorValue, Status } from './types';

/** Values by indicator code: a Map, or a plain record (only own properties are read). */
export type ValuesInput =
  ReadonlyMap<string, IndicatorValue | null | undefined> | Readonly<Record<string, IndicatorValue | null | undefined>>;

/** Counts and points of a set of indicators (a group or the whole unit). */
export interface Tally {
  /** Indicators in the set. */
  total: number;
  /** Scored or not applicable. */
  entered: number;
  /** Hoàn thành + cơ bản hoàn thành. */
  completed: number;
  notApplicable: number;
  invalid: number;
  byStatus: Record<Status, number>;
  /** Capped points (group: min(sum, max); unit: sum of groups). */
  points: number;
  maxPoints: number;
}

/** A group's aggregate; `rawPoints` is the uncapped sum of its indicators. */
export interface GroupAggregate extends Tally {
  group: Group;
  rawPoints: number;
}

/** The unit's aggregate, with each indicator's score. */
export interface UnitAggregate extends Tally {
  groups: GroupAggregate[];
  scores: Map<string, IndicatorScore>;
  /** points ÷ maxPoints, in [0, 1]. */
  index: number;
}

function emptyCounts(): Record<Status, number> {
  const out = Object.create(null) as Record<Status, number>;
  for (const s of STATUSES) out[s] = 0;
  return out;
}

/** Reads the value of `code` from either input shape. */
export function valueOf(values: ValuesInput, code: string): IndicatorValue | null | undefined {
  if (values instanceof Map) return (values as ReadonlyMap<string, IndicatorValue | null | undefined>).get(code);
  const rec = values as Readonly<Record<string, IndicatorValue | null | undefined>>;
  return Object.prototype.hasOwnProperty.call(rec, code) ? rec[code] : undefined;
}

function tally(scores: readonly IndicatorScore[], maxPoints: number): Omit<Tally, 'points'> & { rawPoints: number } {
  const byStatus = emptyCounts();
  let entered = 0;
  let invalid = 0;
  let rawPoints = 0;
  for (const s of scores) {
    byStatus[s.status]++;
    if (s.state === 'scored' || s.state === 'not-applicable') entered++;
    if (s.state === 'invalid') invalid++;
    rawPoints += s.points;
  }
  const completed = byStatus['hoan-thanh'] + byStatus['co-ban-hoan-thanh'];
  return {
    total: scores.length,
    entered,
    completed,
    notApplicable: byStatus['khong-ap-dung'],
    invalid,
    byStatus,
    maxPoints,
    rawPoints,
  };
}

/** Scores every indicator of `fw` from `values` and aggregates per group and for the unit. */
export function aggregate(fw: Framework, values: ValuesInput): UnitAggregate {
  const scores = new Map<string, IndicatorScore>();
  for (const ind of fw.indicators) scores.set(ind.code, scoreIndicator(ind, valueOf(values, ind.code), fw.thresholds));
  const groups: GroupAggregate[] = fw.groups.map((group) => {
    const own = fw.indicators
      .filter((i) => i.groupCode === group.code)
      .map((i) => scores.get(i.code) as IndicatorScore);
    const t = tally(own, group.maxPoints);
    return { ...t, group, points: Math.min(t.rawPoints, group.maxPoints) };
  });
  const unit = tally(
    [...scores.values()],
    groups.reduce((s, g) => s + g.maxPoints, 0),
  );
  const points = groups.reduce((s, g) => s + g.points, 0);
  return {
    total: unit.total,
    entered: unit.entered,
    completed: unit.completed,
    notApplicable: unit.notApplicable,
    invalid: unit.invalid,
    byStatus: unit.byStatus,
    maxPoints: unit.maxPoints,
    points,
    groups,
    scores,
    index: unit.maxPoints > 0 ? points / unit.maxPoints : 0,
  };
}
