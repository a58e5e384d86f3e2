/** Registers every IPC handler of the app, one domain at a time. */
import { registerAppInfoHandlers } from './app-info';
import { registerBackupHandlers } from './backup';
import { registerFileHandlers } from './files';
import { registerPrintHandlers } from './print';
import { registerShellHandlers } from './shell';

/** Call once, after the app is ready and before the first window loads. */
export function registerIpcHandlers(): void {
  registerFileHandlers();
  registerShellHandlers();
  registerAppInfoHandlers();
  registerPrintHandlers();
  registerBackupHandlers();
}
