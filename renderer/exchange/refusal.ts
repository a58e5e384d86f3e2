import { translate, type Language, type MessageKey } from '../i18n';
import { refusalsVi } from '../i18n/areas/refusals';

/**
 * An outside file's refusal in the UI language. shared/exchange refuses in Vietnamese (the CLI prints the same
 * words) with a kind that several messages share; i18n/areas/refusals.ts holds each message as a template, so the
 * message is recognised by its words and said again in English with what it names (sizes, counts, parts). In
 * Vietnamese the message is shared's own; a message not in the catalogue stays as shared said it.
 */
interface Pattern {
  key: MessageKey;
  re: RegExp;
  names: string[];
}

const MAGIC = 'refusal.magic.';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: Pattern[] | undefined;
function compiled(): Pattern[] {
  patterns ??= Object.entries(refusalsVi)
    .filter(([key]) => !key.startsWith(MAGIC))
    .map(([key, text]) => {
      const names: string[] = [];
      const body = text
        .split(/(\{\w+\})/)
        .map((part) => {
          const name = /^\{(\w+)\}$/.exec(part)?.[1];
          if (name === undefined) return escape(part);
          names.push(name);
          return '(.+?)';
        })
        .join('');
      return { key: key as MessageKey, re: new RegExp(`^${body}$`, 's'), names };
    })
    // A fixed text before a template that could also match it ("Tệp là {what} …" would match "Tệp là văn bản …").
    .sort((a, b) => a.names.length - b.names.length);
  return patterns;
}

/** What a mislabelled file is ("tài liệu PDF"), in the language. */
function magicName(vi: string, lang: Language): string {
  const key = Object.keys(refusalsVi).find(
    (k) => k.startsWith(MAGIC) && (refusalsVi as Record<string, string>)[k] === vi,
  );
  return key ? translate(lang, key as MessageKey) : vi;
}

/** The refusal `message` (from shared/exchange) in `lang`; the message itself in Vietnamese or when not known. */
export function refusalText(message: string, lang: Language): string {
  if (lang === 'vi') return message;
  for (const p of compiled()) {
    const m = p.re.exec(message);
    if (!m) continue;
    const params = Object.fromEntries(p.names.map((n, i) => [n, m[i + 1] ?? '']));
    if (params.what !== undefined) params.what = magicName(params.what, lang);
    return translate(lang, p.key, params);
  }
  return message;
}
