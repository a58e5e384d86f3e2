import { isStorageFull, storageErrorMessage } from '@shared/storage/full';
import { say } from '../i18n/say';

/**
 * A failed write said in the UI language: a full disk or quota gets the app's storage-full message (in Vietnamese
 * shared's STORAGE_FULL_MESSAGE word for word), any other error its own text.
 */
export function storageText(e: unknown): string {
  return isStorageFull(e) ? say('storage.full') : storageErrorMessage(e);
}
