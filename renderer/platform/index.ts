import { BRIDGE_GLOBAL, type DesktopApi } from '@shared/ipc/contract';
import { browserPlatform } from './browser';
import { desktopPlatform } from './desktop';
import type { Platform } from './types';

export type { PickedBatch, Platform, PrintOutcome, SaveOutcome } from './types';
export { PlatformError } from './types';
export { readLocalFiles, streamLocalFiles } from './read-files';

/** Picks the host: the Electron bridge when the preload exposed it, the browser otherwise. */
export function detectPlatform(host: object = globalThis): Platform {
  const api = (host as Record<string, unknown>)[BRIDGE_GLOBAL] as DesktopApi | undefined;
  return api && typeof api.saveFile === 'function' ? desktopPlatform(api) : browserPlatform();
}

/** The app's one platform instance. */
export const platform: Platform = detectPlatform();
