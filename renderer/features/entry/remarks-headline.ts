import { remarksHeadline } from '@shared/verify/remarks-headline';
import { translate, type Language } from '../../i18n';

type Item = { code: string; verdict: 'request' | 'adjust' };

/**
 * The remarks banner's headline in the UI language: in Vietnamese remarksHeadline's own words
 * (shared/verify/remarks-headline.ts); in English the same counts and codes, the verifier named by its level.
 */
export function remarksHeadlineIn(lang: Language, items: readonly Item[], noun: string): string {
  const Who = noun.charAt(0).toLocaleUpperCase('vi') + noun.slice(1);
  // The receiving level's own noun: "Tỉnh yêu cầu…" from 1/7/2025, "Huyện yêu cầu…" before.
  if (lang === 'vi') return remarksHeadline(items, Who);
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
    translate(lang, key, params);
  const requests = items.filter((i) => i.verdict === 'request').length;
  const adjusts = items.filter((i) => i.verdict === 'adjust').length;
  const who = { who: noun, Who };
  const parts: string[] = [];
  if (requests > 0) parts.push(t('entry.remarks.hRequests', { count: requests }));
  if (adjusts > 0) parts.push(t('entry.remarks.hAdjusts', { count: adjusts }));
  if (parts.length === 0) return t('entry.remarks.none', who);
  const codes = items.map((i) =>
    t(i.verdict === 'request' ? 'entry.remarks.codeRequest' : 'entry.remarks.codeAdjust', { code: i.code }),
  );
  return t('entry.remarks.headline', { ...who, parts: parts.join(t('entry.remarks.and')), codes: codes.join(', ') });
}
