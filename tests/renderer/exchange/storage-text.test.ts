// A full disk is said in the UI language: in Vietnamese shared's STORAGE_FULL_MESSAGE word for word (the CLI and
// the other screens say the same), in English a translation; the save line tells what to do in either.
import '../memory-storage';
import { afterEach, describe, expect, it } from 'vitest';
import { STORAGE_FULL_MESSAGE } from '../../../shared/storage/full';
import { describeSaveError } from '../../../renderer/exchange/save-queue';
import { storageText } from '../../../renderer/exchange/storage-text';
import { useAppStore } from '../../../renderer/store';

const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const quota = { name: 'AbortError', inner: { name: 'QuotaExceededError' } };

describe('storageText and describeSaveError', () => {
  afterEach(() => useAppStore.setState({ language: 'vi' }));

  it('are shared’s Vietnamese words in Vietnamese', () => {
    expect(storageText(quota)).toBe(STORAGE_FULL_MESSAGE);
    expect(describeSaveError(quota)).toBe(
      `${STORAGE_FULL_MESSAGE} Những gì vừa gõ vẫn còn trên màn hình; bấm "Thử lại".`,
    );
  });

  it('are English in English, with the error’s own text kept', () => {
    useAppStore.setState({ language: 'en' });
    expect(storageText(quota)).toMatch(/^This computer has no room left/);
    expect(describeSaveError(quota)).not.toMatch(VIETNAMESE);
    expect(describeSaveError(quota)).toContain('click “Retry”');
    expect(describeSaveError(new Error('boom'))).toBe(
      'Not saved: boom. The data is still on the screen; click “Retry”.',
    );
    expect(storageText(new Error('boom'))).toBe('boom');
  });
});
