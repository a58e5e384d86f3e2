/**
 * The dashboard's data as plain values: bars per group (self beside verified) for one unit, the heat map rows of
 * the communes (verified completion for communes verified to the end, self before — each row says which), and the
 * summary sentence, all read from the one report model the consolidated workbook holds. Pure, tested without React.
 */
import type { Framework } from '@shared/framework/types';
import {
  currentVerdict,
  verifierReport,
  type VerificationFigures,
  type VerifiedLayer,
  type VerifierReport,
} from '@shared/verify';
import type { CommuneLine } from '../../db/queries/commune-lines';
import type { GroupBars } from './group-bar-chart';
import type { HeatRow } from './heat-map';

/** Self beside verified points per group; a group with no current verdict shows no verified bar. */
export function groupBars(
  fw: Framework,
  figures: VerificationFigures,
  layers: ReadonlyMap<string, VerifiedLayer>,
): GroupBars[] {
  return figures.groups.map((g) => {
    const verifiedAny = fw.indicators.some(
      (i) => i.groupCode === g.groupCode && currentVerdict(layers.get(i.code)) !== undefined,
    );
    return {
      code: g.groupCode,
      name: g.name,
      max: g.maxPoints,
      self: g.selfPoints,
      verified: verifiedAny ? g.verifiedPoints : null,
    };
  });
}

/** A heat map row, with what its figures are. */
export interface SummaryHeatRow extends HeatRow {
  basis: 'verified' | 'self';
  /** The unit's name alone (unitName carries SELF_MARK on self figures). */
  name: string;
}

/** Label added to a row shown on self figures. */
export const SELF_MARK = ' (tự đánh giá, chưa thẩm tra)';

/** The verifier's report over every commune of the list (shared/verify/report.ts): the one model every view reads. */
export function reportOfLines(lines: readonly CommuneLine[]): VerifierReport {
  return verifierReport(
    lines.map((l) => ({
      code: l.unit.code,
      name: l.unit.name,
      held: l.figures && l.framework ? { framework: l.framework, figures: l.figures, state: l.state } : undefined,
    })),
  );
}

/**
 * One row per commune with a file, from the report: verified completion per group for a commune verified to the
 * end, its self-assessed completion (marked) before.
 */
export function heatRows(report: VerifierReport): SummaryHeatRow[] {
  return report.rows.flatMap((r): SummaryHeatRow[] => {
    if (r.status === 'missing') return [];
    const verified = r.status === 'verified';
    return [
      {
        unitCode: r.code,
        unitName: verified ? r.name : `${r.name}${SELF_MARK}`,
        name: r.name,
        basis: verified ? 'verified' : 'self',
        cells: r.groups.map((g) => ({
          completed: verified ? (g.verifiedCompleted ?? 0) : g.selfCompleted,
          total: g.total,
        })),
      },
    ];
  });
}

/** The report's groups (the heat map's columns). */
export function heatGroups(report: VerifierReport): { code: number; name: string }[] {
  return report.groups.map((g) => ({ code: g.code, name: g.name }));
}

/** The summary sentence as every document states it. */
export function districtSentence(lines: readonly CommuneLine[]): string {
  return reportOfLines(lines).sentence;
}
