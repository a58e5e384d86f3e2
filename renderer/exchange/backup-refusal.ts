import type { BackupError } from '@shared/backup/read';
import { translate, type Language } from '../i18n';

/**
 * Why a backup file is refused, in a UI language. shared/backup/read.ts says it in Vietnamese (for the CLI too) and
 * gives its kind and the figures it names; the Vietnamese here is the same text (tests/renderer/exchange).
 */
export function backupRefusal(error: BackupError, lang: Language): string {
  const key = error.kind === 'invalid' ? (error.invalid ?? 'content') : error.kind;
  return translate(lang, `backup.why.${key}`, error.params);
}
