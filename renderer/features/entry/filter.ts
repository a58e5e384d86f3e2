import type { Framework, Indicator } from '@shared/framework/types';
import type { IndicatorScore } from '@shared/scoring/types';
import { matchesWordStart } from '@shared/text/normalize';
import type { EntryFilter } from '../../store/slices/entry';

/**
 * Indicators the filter bar lets through, in framework order. Text ignores diacritics and case, matches words from
 * their start ("hoa don" finds "hóa đơn", not "Hoạt động") and searches the code, the name, the group's name, the
 * method and the expected evidence.
 */
export function filterIndicators(
  fw: Pick<Framework, 'indicators' | 'groups'>,
  scores: ReadonlyMap<string, IndicatorScore>,
  filter: EntryFilter,
): Indicator[] {
  const groupNames = new Map(fw.groups.map((g) => [g.code, g.name]));
  return fw.indicators.filter((ind) => {
    if (filter.group && ind.groupCode !== filter.group) return false;
    const score = scores.get(ind.code);
    const status = score?.status ?? 'chua-nhap';
    if (filter.onlyUnfilled && status !== 'chua-nhap') return false;
    if (filter.status !== 'all' && status !== filter.status) return false;
    if (filter.text.trim() !== '') {
      const hay = `${ind.code} ${ind.name} ${groupNames.get(ind.groupCode) ?? ''} ${ind.method} ${ind.evidence}`;
      if (!matchesWordStart(hay, filter.text)) return false;
    }
    return true;
  });
}

/** The first indicator after `fromCode` (wrapping around) that has no value yet, or null when all are filled. */
export function nextUnfilled(
  indicators: readonly Indicator[],
  scores: ReadonlyMap<string, IndicatorScore>,
  fromCode: string | null,
): string | null {
  const start = fromCode ? indicators.findIndex((i) => i.code === fromCode) + 1 : 0;
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[(start + k) % indicators.length];
    if (ind && (scores.get(ind.code)?.status ?? 'chua-nhap') === 'chua-nhap') return ind.code;
  }
  return null;
}
