import { useAppStore } from '../store';
import { translate, type MessageKey } from '.';

/** A message for the screen in the UI language, from code outside React (workflows, start-up). */
export function say(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(useAppStore.getState().language, key, params);
}
