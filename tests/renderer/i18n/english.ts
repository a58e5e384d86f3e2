// Checks a message of shared/ said in English by renderer/i18n/shared-text.ts.
import { expect } from 'vitest';
import { sharedText } from '../../../renderer/i18n/shared-text';

export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * `message` in English: different from shared's Vietnamese, every placeholder filled, and no Vietnamese letter left
 * once the Vietnamese data it names (`data`: a unit name, a literal the officer must type) is set aside.
 */
export function expectEnglish(message: string, data: readonly string[] = []): string {
  const en = sharedText(message, 'en');
  expect(sharedText(message, 'vi')).toBe(message);
  expect(en, message).not.toBe(message);
  expect(en).not.toMatch(/\{\w+\}/);
  const rest = data.reduce((s, d) => s.split(d).join(''), en);
  expect(rest, `${message}\n→ ${en}`).not.toMatch(VIETNAMESE);
  return en;
}
