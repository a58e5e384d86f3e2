import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { translate } from '../../../renderer/i18n';
import { vi as viMessages } from '../../../renderer/i18n/vi';

describe('UI messages', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(viMessages).sort());
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
