/**
 * The dashboard's data as plain values: bars per group (self beside verified) for one unit, the heat map rows of
 * the communes (verified completion, self where nothing is verified yet — each row says which), and the district
 * summary sentence over the same communes the consolidated workbook holds. Pure, tested without React.
 */
import type { Framework } from '@shared/framework/types';
import { currentVerdict, districtSummary, type VerificationFigures, type VerifiedLayer } from '@shared/verify';
import type { CommuneLine } from '../verify/commune-lines';
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
}

/** Label added to a row shown on self figures. */
export const SELF_MARK = ' (tự đánh giá)';

/** One row per commune with a file: verified completion per group once any verdict exists, self before. */
export function heatRows(lines: readonly CommuneLine[]): SummaryHeatRow[] {
  return lines.flatMap((l): SummaryHeatRow[] => {
    if (!l.figures) return [];
    const verified = [...l.layers.values()].some((x) => currentVerdict(x) !== undefined);
    return [
      {
        unitCode: l.unit.code,
        unitName: verified ? l.unit.name : `${l.unit.name}${SELF_MARK}`,
        basis: verified ? 'verified' : 'self',
        cells: l.figures.groups.map((g) => ({
          completed: verified ? g.verifiedCompleted : g.selfCompleted,
          total: g.total,
        })),
      },
    ];
  });
}

/** The groups of the first held framework (the heat map's columns), or none. */
export function heatGroups(lines: readonly CommuneLine[]): { code: number; name: string }[] {
  const fw = lines.find((l) => l.figures && l.framework)?.framework;
  return fw ? fw.groups.map((g) => ({ code: g.code, name: g.name })) : [];
}

/** The district summary sentence as the consolidated workbook states it (verified figures of communes with files). */
export function districtSentence(lines: readonly CommuneLine[]): string {
  const held = lines.filter((l) => l.figures && l.framework);
  const fw = held[0]?.framework;
  if (!fw) return 'Chưa có xã nào có kết quả thẩm tra.';
  return districtSummary(
    fw,
    held.map((l) => (l.figures as VerificationFigures).verified),
  ).sentence;
}
