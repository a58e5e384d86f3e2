import type { Language } from '../../i18n';
import { readsVietnamese, sharedText } from '../../i18n/shared-text';

/**
 * A refused verdict's message in the UI language: a message of shared/verify or shared/entry (Vietnamese, listed in
 * i18n/areas/shared-values.ts) said in `lang`; any other text (a storage error, said by the browser) comes back as it
 * is, with `vi` true when it still reads as Vietnamese so that the screen can mark it.
 */
export function verdictError(lang: Language, text: string): { text: string; vi: boolean } {
  const said = sharedText(text, lang);
  if (said !== text) return { text: said, vi: false };
  return { text, vi: lang !== 'vi' && readsVietnamese(text) };
}
