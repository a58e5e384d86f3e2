/**
 * One Vietnamese message for a full disk or an exhausted storage quota, wherever it happens (saving a field,
 * importing files, restoring or writing a backup). Chromium's own text ("The quota has been exceeded…") is English
 * and says nothing about what to do.
 */

/** What the officer reads when the machine has no room left. */
export const STORAGE_FULL_MESSAGE =
  'Máy hết chỗ lưu dữ liệu (ổ đĩa đầy hoặc trình duyệt đã hết hạn mức lưu trữ), nên thay đổi vừa rồi chưa được lưu. ' +
  'Hãy giải phóng dung lượng ổ đĩa (xóa tệp không cần, dọn Thùng rác) rồi thử lại; dữ liệu đã lưu trước đó vẫn còn.';

const NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);
const CODES = new Set(['ENOSPC', 'EDQUOT']);
const TEXT = /quota|no space left|disk (is )?full|ENOSPC|FILE_ERROR_NO_SPACE/i;

/** Whether `error` (or what it wraps: Dexie's `inner`, a `cause`) says the disk or the quota is full. */
export function isStorageFull(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; inner?: unknown; cause?: unknown };
  if (typeof e.name === 'string' && NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && CODES.has(e.code)) return true;
  if (typeof e.message === 'string' && TEXT.test(e.message)) return true;
  return isStorageFull(e.inner, depth + 1) || isStorageFull(e.cause, depth + 1);
}

/** The message to show for a failed write: the storage-full text when that is the cause, else the error's own. */
export function storageErrorMessage(error: unknown, fallback = 'Lỗi không xác định.'): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  if (error instanceof Error && error.message) return error.message;
  return typeof error === 'string' && error ? error : fallback;
}
