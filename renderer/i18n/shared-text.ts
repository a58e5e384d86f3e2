import { createElement, type ReactNode } from 'react';
import { translate, type Language, type MessageKey } from '.';
import { refusalsVi } from './areas/refusals';
import { sharedOutsideVi } from './areas/shared-outside';
import { sharedValuesVi } from './areas/shared-values';

/**
 * A message from the pure `shared/` code in the UI language. shared/ speaks Vietnamese (the CLI and the documents say
 * the same words), so each message it can give is listed in an i18n area as a template, its Vietnamese text with
 * {placeholders} for what it names. A message is recognised by its words and said again in the other language with
 * what it names; a named part that is itself a listed message (a reason inside "Giá trị không hợp lệ: …", a file kind
 * inside a refusal) is translated too. In Vietnamese, and for a message no area lists, the text is shared's own.
 * Listed: the refusals (tests/renderer/exchange/refusal.test.ts), what shared says about files and setup from
 * outside (areas/shared-outside.ts, tests/renderer/i18n/shared-outside*.test.ts) and what the entry and verify
 * screens say about a value (areas/shared-values.ts, tests/renderer/i18n/shared-values.test.ts).
 * Placeholder names that mean something here: {row}, {group}, {position} match a number only (a location);
 * {text}, {why}, {list} must be listed messages themselves, else the template does not match (see MESSAGE_PARTS).
 * Any other placeholder is data, said as shared gave it (a listed message it holds is translated all the same).
 */
const SHARED_AREAS: readonly Record<string, string>[] = [refusalsVi, sharedOutsideVi, sharedValuesVi];

interface Pattern {
  key: MessageKey;
  re: RegExp;
  names: string[];
  fixed: number;
}

/** Placeholders that are always a number (or "?" when unknown): a row, a group, a position in a list. */
const NUMBERS = new Set(['row', 'group', 'position']);

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
          return NUMBERS.has(name) ? '([0-9?]+)' : '(.*?)';
        })
        .join('');
      const fixed = text.replace(/\{\w+\}/g, '').length;
      return { key: key as MessageKey, re: new RegExp(`^${body}$`, 's'), names, fixed };
    })
    // The template with the most fixed text first: of those that match, it leaves the least to its placeholders, so
    // a fixed text wins over a template that could also match it ("Tệp là {what} …" would match "Tệp là văn bản …"),
    // a location with a column over a shorter one that would swallow it ("Dòng {row}: {text}" would match
    // "Dòng 5, cột …: …"), and a sentence with one more clause over the shorter one whose last placeholder could
    // swallow that clause ("…, {na}/{n} chỉ số không áp dụng" would match "…, 3/72 chỉ số chưa nhập, 2/72 …").
    .sort((a, b) => b.fixed - a.fixed || a.names.length - b.names.length);
  return patterns;
}

/** A run of a message said in the UI language: its words, or what it names as shared gave it (`vi`: Vietnamese). */
export interface SharedPiece {
  text: string;
  vi: boolean;
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** Whether a text reads as Vietnamese (a letter only Vietnamese uses). */
export const readsVietnamese = (text: string): boolean => VIETNAMESE.test(text);

const cache = new Map<string, SharedPiece[] | null>();

/**
 * Placeholders that hold a message, not data: {text} (the error after a location), {why} (a reason), {list} (messages
 * joined by "; "). A template matches only when such a part is a listed message too, so a message is never shown
 * half in English around Vietnamese it does not know: it stays whole, in Vietnamese.
 */
const MESSAGE_PARTS = new Set(['text', 'why', 'list']);

/** Messages joined by "; " (one may hold "; " itself), each in `lang`; undefined when one is not listed. */
function listPieces(value: string, lang: Language, depth: number): SharedPiece[] | undefined {
  const out: SharedPiece[] = [];
  let item = '';
  for (const piece of value.split('; ')) {
    item = item === '' ? piece : `${item}; ${piece}`;
    const said = pieces(item, lang, depth);
    if (!said) continue;
    if (out.length > 0) out.push({ text: '; ', vi: false });
    out.push(...said);
    item = '';
  }
  return item === '' ? out : undefined;
}

/** `message` said in `lang`, piece by piece; undefined when no area lists it. */
function pieces(message: string, lang: Language, depth: number): SharedPiece[] | undefined {
  if (message === '') return undefined;
  const key = `${lang}\n${message}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let out: SharedPiece[] | undefined;
  for (const p of compiled()) {
    const m = p.re.exec(message);
    if (!m) continue;
    const params = new Map<string, SharedPiece[]>();
    const known = p.names.every((n, i) => {
      const part = m[i + 1] ?? '';
      const said =
        depth >= 5 ? undefined : n === 'list' ? listPieces(part, lang, depth + 1) : pieces(part, lang, depth + 1);
      params.set(n, said ?? [{ text: part, vi: VIETNAMESE.test(part) }]);
      return !MESSAGE_PARTS.has(n) || said !== undefined;
    });
    if (!known) continue;
    out = translate(lang, p.key)
      .split(/(\{\w+\})/)
      .flatMap((s) => {
        const named = params.get(/^\{(\w+)\}$/.exec(s)?.[1] ?? '');
        return named ?? (s === '' ? [] : [{ text: s, vi: false }]);
      });
    break;
  }
  if (cache.size > 2000) cache.clear();
  cache.set(key, out ?? null);
  return out;
}

/**
 * `message` (from shared/) in `lang`, in pieces: the words in `lang`, and what it names (a unit's name, a sheet) as
 * shared gave it, `vi` when Vietnamese. Undefined in Vietnamese and when no area lists the message.
 */
export function sharedPieces(message: string, lang: Language): SharedPiece[] | undefined {
  return lang === 'vi' ? undefined : pieces(message, lang, 0);
}

/** `message` (Vietnamese, from shared/) in `lang`; the message itself in Vietnamese or when no area lists it. */
export function sharedText(message: string, lang: Language): string {
  return (
    sharedPieces(message, lang)
      ?.map((p) => p.text)
      .join('') ?? message
  );
}

/** `message` in `lang`, in pieces; one Vietnamese piece in Vietnamese or when no area lists it. */
export function sharedParts(message: string, lang: Language): SharedPiece[] {
  if (message === '') return [];
  return sharedPieces(message, lang) ?? [{ text: message, vi: true }];
}

/**
 * A shared message as a screen shows it: its text in the UI language; `lang` "vi" when it stays Vietnamese as a
 * whole; `nodes`, the text with what it names in Vietnamese (typed text, a framework's words) in lang="vi" spans.
 */
export interface SharedShown {
  text: string;
  lang: 'vi' | undefined;
  nodes: ReactNode;
}

/** The message as a screen shows it in `lang` (see SharedShown). */
export function sharedShown(message: string, lang: Language): SharedShown {
  const parts = sharedParts(message, lang);
  const whole = parts.length === 1 && parts[0]?.vi === true;
  return {
    text: parts.map((p) => p.text).join(''),
    lang: whole || lang === 'vi' ? 'vi' : undefined,
    nodes: whole
      ? message
      : parts.map((p, i) => (p.vi ? createElement('span', { key: i, lang: 'vi' }, p.text) : p.text)),
  };
}
