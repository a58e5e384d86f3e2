import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { translate } from '../../../renderer/i18n';
import { viAreas, vi as viMessages } from '../../../renderer/i18n/vi';

/** A letter only Vietnamese writes (not in plain English). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

describe('UI messages', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(viMessages).sort());
  });

  it('defines each key in one area only', () => {
    const counts = new Map<string, number>();
    for (const area of viAreas) for (const key of Object.keys(area)) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
    expect(Object.keys(viMessages)).toHaveLength(counts.size);
  });

  it('every English string is non-empty and differs from an untranslated copy where it holds Vietnamese', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim().length, key).toBeGreaterThan(0);
      // An English text may quote a Vietnamese term, but never be the Vietnamese text itself.
      if (VIETNAMESE.test(viMessages[key as keyof typeof viMessages]))
        expect(text, key).not.toBe(viMessages[key as keyof typeof viMessages]);
    }
  });

  it('every Vietnamese string is NFC and non-empty', () => {
    for (const [key, text] of Object.entries(viMessages)) {
      expect(text.length, key).toBeGreaterThan(0);
      expect(text.normalize('NFC'), key).toBe(text);
    }
  });

  it('translates in both languages', () => {
    expect(translate('vi', 'nav.verify')).toBe('Thẩm tra');
    expect(translate('en', 'nav.verify')).toBe('Verification');
  });
});
