import type { Period } from '@shared/entry/types';
import { translate, useT, type Language } from '../i18n';

/** A period in the UI language: "năm 2026" / "year 2026" (files and printed documents keep periodLabel). */
export function periodText(lang: Language, period: Period): string {
  return translate(lang, period.kind === 'year' ? 'comp.period.year' : 'comp.period.midYear', { year: period.year });
}

/** periodText in the current UI language. */
export function usePeriodText(): (period: Period) => string {
  const t = useT();
  return (period) => t(period.kind === 'year' ? 'comp.period.year' : 'comp.period.midYear', { year: period.year });
}
