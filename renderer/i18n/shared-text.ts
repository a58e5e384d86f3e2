import { translate, type Language, type MessageKey } from '.';
import { useAppStore } from '../store';
import { refusalsVi } from './areas/refusals';

/**
 * A message from the pure `shared/` code in the UI language. shared/ speaks Vietnamese (the CLI and the documents say
 * the same words), so each message it can give is listed in an i18n area as a template, its Vietnamese text with
 * {placeholders} for what it names. A message is recognised by its words and said again in the other language with
 * what it names; a named part that is itself a listed message (a reason inside "Giá trị không hợp lệ: …", a file kind
 * inside a refusal) is translated too. In Vietnamese, and for a message no area lists, the text is shared's own.
 * Only the refusals are listed so far (tests/renderer/exchange/refusal.test.ts); value errors, score explanations
 * and the other load errors still show in Vietnamese, marked lang="vi".
 */
const SHARED_AREAS: readonly Record<string, string>[] = [refusalsVi];

interface Pattern {
  key: MessageKey;
  re: RegExp;
  names: string[];
  fixed: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: Pattern[] | undefined;
function compiled(): Pattern[] {
  patterns ??= SHARED_AREAS.flatMap((area) => Object.entries(area))
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
      return { key: key as MessageKey, re: new RegExp(`^${body}$`, 's'), names, fixed: body.length };
    })
    // A fixed text before a template that could also match it ("Tệp là {what} …" would match "Tệp là văn bản …"),
    // then the template with more fixed words first.
    .sort((a, b) => a.names.length - b.names.length || b.fixed - a.fixed);
  return patterns;
}

const cache = new Map<string, string>();

/** `message` (Vietnamese, from shared/) in `lang`; the message itself in Vietnamese or when no area lists it. */
export function sharedText(message: string, lang: Language, depth = 0): string {
  if (lang === 'vi' || message === '') return message;
  const hit = cache.get(message);
  if (hit !== undefined) return hit;
  let out = message;
  for (const p of compiled()) {
    const m = p.re.exec(message);
    if (!m) continue;
    const params = Object.fromEntries(
      p.names.map((n, i) => {
        const part = m[i + 1] ?? '';
        return [n, depth < 3 ? sharedText(part, lang, depth + 1) : part];
      }),
    );
    out = translate(lang, p.key, params);
    break;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(message, out);
  return out;
}

/** A shared message as a screen shows it: its text in the UI language, and lang "vi" where it stays Vietnamese. */
export interface SharedShown {
  text: string;
  lang: 'vi' | undefined;
}

/** `sharedText` for the current UI language; `lang` marks a message no area lists yet (and every Vietnamese one). */
export function useSharedText(): (message: string) => SharedShown {
  const lang = useAppStore((s) => s.language);
  return (message) => {
    const text = sharedText(message, lang);
    return { text, lang: lang === 'vi' || text === message ? 'vi' : undefined };
  };
}
