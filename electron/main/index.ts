/**
 * DTI Desk main process: lifecycle only. Each module below exposes one setup/register function.
 */
import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
import { registerIpcHandlers } from './ipc';
import { setupMenu } from './menu';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { setupSecurity } from './guards/security';
import { createMainWindow, focusMainWindow } from './window';

/** The user-data folder name. Fixed, so renaming the product never orphans the database. */
export const USER_DATA_DIR = 'DTI Desk';

// Before anything else: the single-instance lock and every storage path derive from userData.
app.setPath('userData', join(app.getPath('appData'), USER_DATA_DIR));
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow();
  });
  void app.whenReady().then(() => {
    setupSecurity();
    setupMenu();
    registerAppProtocol();
    registerIpcHandlers();
    createMainWindow();
  });
}
