import type { Language } from '../i18n';
import { sharedText } from '../i18n/shared-text';

/**
 * An outside file's refusal in the UI language. shared/exchange refuses in Vietnamese (the CLI prints the same
 * words); i18n/areas/refusals.ts lists each refusal as a template that i18n/shared-text.ts recognises.
 */
export function refusalText(message: string, lang: Language): string {
  return sharedText(message, lang);
}
