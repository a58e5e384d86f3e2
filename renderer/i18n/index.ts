import { useAppStore } from '../store';
import { en } from './en';
import { vi, type MessageKey } from './vi';

export type Language = 'vi' | 'en';
export type { MessageKey };

const catalogs: Record<Language, Record<MessageKey, string>> = { vi, en };

/** Looks a message up in a language, with {name} placeholders filled. */
export function translate(lang: Language, key: MessageKey, params?: Record<string, string | number>): string {
  const text = catalogs[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The translate function for the current UI language. */
export function useT(): (key: MessageKey, params?: Record<string, string | number>) => string {
  const lang = useAppStore((s) => s.language);
  return (key, params) => translate(lang, key, params);
}
