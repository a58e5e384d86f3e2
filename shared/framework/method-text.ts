import type { Indicator } from './types';

/**
 * The method as words: the choice keys of the catalogue ("truong = Trưởng ban là …") dropped, so the reader sees
 * "Trưởng ban là … (20 điểm)".
 */
export function methodText(ind: Indicator): string {
  const keys =
    ind.scoring.kind === 'choice'
      ? ind.scoring.options.map((o) => o.key)
      : ind.scoring.kind === 'bool'
        ? ['yes', 'no'] // a yes/no indicator's answers in the framework's words (./bool-labels.ts)
        : [];
  let s = ind.method;
  for (const k of keys) {
    const key = k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    s = s.replace(new RegExp(`(^|[\\s;:,(])${key}\\s*=\\s*`, 'gu'), '$1');
  }
  return s;
}
