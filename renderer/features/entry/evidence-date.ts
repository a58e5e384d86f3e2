import { checkEvidenceDate, formatViDate, parseViDate, periodRange } from '@shared/entry/dates';
import type { Period } from '@shared/entry/types';
import type { MessageKey } from '../../i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * What is wrong with an evidence date, in the UI language, or null. checkEvidenceDate (shared/entry/dates.ts)
 * decides; which of its three cases it is (not a date, a date that does not exist, outside the period) is read
 * back the way it reads them.
 */
export function evidenceDateProblem(t: T, text: string, period: Period): string | null {
  if (checkEvidenceDate(text, period) === null) return null;
  const typed = text.trim();
  const r = parseViDate(typed);
  if (r.ok) {
    const { from, to } = periodRange(period);
    return t('entry.date.outside', { date: formatViDate(r.iso), from: formatViDate(from), to: formatViDate(to) });
  }
  return /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(typed)
    ? t('entry.date.missing', { text: typed })
    : t('entry.date.bad', { text: typed });
}
