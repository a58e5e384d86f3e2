import { translate, type Language, type MessageKey } from '../../i18n';

/** The messages shared/verify/verdict.ts gives a refused verdict; their Vietnamese in the catalogue is its text. */
const KNOWN: readonly MessageKey[] = [
  'verify.err.noReason',
  'verify.err.noRequest',
  'verify.err.same',
  'verify.err.selfInvalid',
  'verify.err.noValue',
];

/** The length message with its figure left open. */
const TOO_LONG = new RegExp(
  `^${translate('vi', 'verify.err.tooLong')
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace('{max}', '(\\d+)')}$`,
);

/**
 * A refused verdict's message in the UI language: a message of shared/verify (Vietnamese) said in `lang` when it is
 * one the catalogue knows; any other text (a storage error, said by the browser) comes back as it is, with `vi` true
 * when it still reads as Vietnamese so that the screen can mark it.
 */
export function verdictError(lang: Language, text: string): { text: string; vi: boolean } {
  const key = KNOWN.find((k) => translate('vi', k) === text);
  if (key) return { text: translate(lang, key), vi: false };
  const long = TOO_LONG.exec(text);
  if (long) return { text: translate(lang, 'verify.err.tooLong', { max: long[1] ?? '' }), vi: false };
  return { text, vi: lang !== 'vi' && /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(text) };
}
