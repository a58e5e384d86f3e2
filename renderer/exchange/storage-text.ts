import { isStorageFull, storageErrorMessage } from '@shared/storage/full';
import { say } from '../i18n/say';
import { sharedText } from '../i18n/shared-text';
import { useAppStore } from '../store';

/**
 * A failed write said in the UI language: a full disk or quota gets the app's storage-full message (in Vietnamese
 * shared's STORAGE_FULL_MESSAGE word for word), any other error its own text (in the UI language when an i18n area
 * lists it, as the platform's "no backup folder in a browser").
 */
export function storageText(e: unknown): string {
  return isStorageFull(e) ? say('storage.full') : sharedText(storageErrorMessage(e), useAppStore.getState().language);
}
