import type { Framework, Indicator } from '@shared/framework/types';
import { currentVerdict, type VerifiedLayer } from '@shared/verify/types';
import type { VerifyFilter } from '../../store/slices/verify';

/** The verification filters, in display order (their labels: verify.filter.* in the UI catalogue). */
export const VERIFY_FILTERS: readonly VerifyFilter[] = ['all', 'unverified', 'differences', 'requests', 'changed'];

/** Does one indicator pass the filter? `changed` holds the codes changed since their verdict (changedSinceVerified). */
export function passesVerifyFilter(layer: VerifiedLayer | undefined, filter: VerifyFilter, changed: boolean): boolean {
  const v = currentVerdict(layer);
  switch (filter) {
    case 'all':
      return true;
    // A stale verdict is history: the indicator needs a new decision, so it counts as unverified.
    case 'unverified':
      return v === undefined;
    // Verified ≠ self: an adjustment, or a self entry changed since the verdict.
    case 'differences':
      return v === 'adjust' || Boolean(layer?.stale);
    case 'requests':
      return v === 'request';
    case 'changed':
      return changed;
  }
}

/** The indicators of `fw` shown under `filter`, and how many pass each filter (for the counts on the buttons). */
export function filterVerification(
  fw: Framework,
  layers: ReadonlyMap<string, VerifiedLayer | undefined>,
  changed: ReadonlySet<string>,
  filter: VerifyFilter,
): { shown: Indicator[]; counts: Record<VerifyFilter, number> } {
  const counts: Record<VerifyFilter, number> = { all: 0, unverified: 0, differences: 0, requests: 0, changed: 0 };
  const shown: Indicator[] = [];
  for (const ind of fw.indicators) {
    const layer = layers.get(ind.code);
    const isChanged = changed.has(ind.code);
    for (const f of VERIFY_FILTERS) if (passesVerifyFilter(layer, f, isChanged)) counts[f]++;
    if (passesVerifyFilter(layer, filter, isChanged)) shown.push(ind);
  }
  return { shown, counts };
}
