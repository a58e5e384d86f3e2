import { fieldLabel } from '@shared/entry/field-labels';
import { translate, useT, type Language, type MessageKey } from '../i18n';
import { vi } from '../i18n/vi';

/**
 * The name of a stored field ("raw.numerator", "evidence.link", "info.population", "note") in the UI language, as
 * fieldLabel (shared/entry/field-labels.ts) names it in Vietnamese; a field without a UI name falls back to it.
 */
export function fieldName(lang: Language, key: string): string {
  const k = `comp.field.${key}`;
  return k in vi ? translate(lang, k as MessageKey) : fieldLabel(key);
}

/** fieldName in the current UI language. */
export function useFieldName(): (key: string) => string {
  const t = useT();
  return (key) => {
    const k = `comp.field.${key}`;
    return k in vi ? t(k as MessageKey) : fieldLabel(key);
  };
}
