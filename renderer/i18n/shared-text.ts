import { createElement, type ReactNode } from 'react';
import { translate, type Language, type MessageKey } from '.';
import { useAppStore } from '../store';
import { refusalsVi } from './areas/refusals';
import { sharedValuesVi } from './areas/shared-values';

/**
 * A message from the pure `shared/` code in the UI language. shared/ speaks Vietnamese (the CLI and the documents say
 * the same words), so each message it can give is listed in an i18n area as a template, its Vietnamese text with
 * {placeholders} for what it names. A message is recognised by its words and said again in the other language with
 * what it names; a named part that is itself a listed message (a reason inside "Giá trị không hợp lệ: …", a file kind
 * inside a refusal) is translated too. In Vietnamese, and for a message no area lists, the text is shared's own.
 * Listed so far: the refusals (tests/renderer/exchange/refusal.test.ts) and what the entry and verify screens say
 * about a value (areas/shared-values.ts, tests/renderer/i18n/shared-values.test.ts); the other load errors still
 * show in Vietnamese, marked lang="vi".
 */
const SHARED_AREAS: readonly Record<string, string>[] = [refusalsVi, sharedValuesVi];

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
      const fixed = text.replace(/\{\w+\}/g, '').length;
      return { key: key as MessageKey, re: new RegExp(`^${body}$`, 's'), names, fixed };
    })
    // The template with more fixed words first: a fixed text before a template that could also match it ("Tệp là
    // {what} …" would match "Tệp là văn bản …"), a sentence with one more clause before the shorter one whose last
    // placeholder could swallow that clause ("…, {na}/{n} chỉ số không áp dụng" would match "…, 3/72 chỉ số chưa
    // nhập, 2/72 chỉ số không áp dụng"); then the one with fewer placeholders.
    .sort((a, b) => b.fixed - a.fixed || a.names.length - b.names.length);
  return patterns;
}

/**
 * A piece of a shared message as shown: `vi` when it stays Vietnamese (a whole message no area lists, or what it
 * names that reads Vietnamese: a typed text, a level's name from the framework).
 */
export interface SharedPart {
  text: string;
  vi: boolean;
}

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const cache = new Map<string, SharedPart[]>();

/** `message` (Vietnamese, from shared/) in `lang`, in parts; undefined when no area lists it. */
function translatedParts(message: string, lang: Language, depth: number): SharedPart[] | undefined {
  const hit = cache.get(`${lang}\n${message}`);
  if (hit !== undefined) return hit;
  for (const p of compiled()) {
    const m = p.re.exec(message);
    if (!m) continue;
    const values = new Map(p.names.map((n, i) => [n, m[i + 1] ?? '']));
    const out = translate(lang, p.key)
      .split(/(\{\w+\})/)
      .flatMap((piece): SharedPart[] => {
        const value = values.get(/^\{(\w+)\}$/.exec(piece)?.[1] ?? '');
        if (value === undefined) return piece === '' ? [] : [{ text: piece, vi: false }];
        // A named part that is itself a listed message is said in English too; data stays as it is.
        return (
          (depth < 3 ? translatedParts(value, lang, depth + 1) : undefined) ?? [
            { text: value, vi: VIETNAMESE.test(value) },
          ]
        );
      });
    if (cache.size > 2000) cache.clear();
    cache.set(`${lang}\n${message}`, out);
    return out;
  }
  return undefined;
}

/** `message` in `lang`, in parts: one Vietnamese part in Vietnamese or when no area lists it. */
export function sharedParts(message: string, lang: Language): SharedPart[] {
  if (message === '') return [];
  return (lang === 'vi' ? undefined : translatedParts(message, lang, 0)) ?? [{ text: message, vi: true }];
}

/** `message` (Vietnamese, from shared/) in `lang`; the message itself in Vietnamese or when no area lists it. */
export function sharedText(message: string, lang: Language): string {
  return sharedParts(message, lang)
    .map((p) => p.text)
    .join('');
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

/** The message as shown in the current UI language (see SharedShown). */
export function useSharedText(): (message: string) => SharedShown {
  const lang = useAppStore((s) => s.language);
  return (message) => {
    const parts = sharedParts(message, lang);
    const whole = parts.length === 1 && parts[0]?.vi === true;
    return {
      text: parts.map((p) => p.text).join(''),
      lang: whole ? 'vi' : undefined,
      nodes: whole
        ? message
        : parts.map((p, i) => (p.vi ? createElement('span', { key: i, lang: 'vi' }, p.text) : p.text)),
    };
  };
}
