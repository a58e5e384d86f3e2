/** `app:info`: name, versions and where the data lives, for the About screen and bug reports. */
import { app } from 'electron';
import type { AppInfo } from '@shared/ipc/contract';
import { handle } from './register';

/** What `app:info` answers. */
export function appInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    electron: process.versions.electron ?? '',
    chrome: process.versions.chrome ?? '',
    node: process.versions.node,
    platform: process.platform,
    userData: app.getPath('userData'),
  };
}

/** Registers the `app:*` handlers. */
export function registerAppInfoHandlers(): void {
  handle('app:info', () => appInfo());
}
