import { describe, expect, it } from 'vitest';
import { isStorageFull, STORAGE_FULL_MESSAGE, storageErrorMessage } from '../../../shared/storage/full';

describe('storage-full message', () => {
  it('recognises quota and disk-full errors however they are wrapped', () => {
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    expect(isStorageFull(quota)).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isStorageFull(new Error('write failed', { cause: { code: 'ENOSPC' } }))).toBe(true);
    expect(storageErrorMessage(quota)).toBe(STORAGE_FULL_MESSAGE);
    expect(STORAGE_FULL_MESSAGE).not.toMatch(/quota/i);
  });

  it('leaves other errors their own message', () => {
    expect(isStorageFull(new Error('Bản đánh giá không còn trên máy.'))).toBe(false);
    expect(storageErrorMessage(new Error('Bản đánh giá không còn trên máy.'))).toBe('Bản đánh giá không còn trên máy.');
    expect(storageErrorMessage(null)).toBe('Lỗi không xác định.');
  });
});
