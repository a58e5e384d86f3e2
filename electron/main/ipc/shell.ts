/** `shell:open-external`: opens a mailto: link in the mail client (nothing else leaves the app). */
import { shell } from 'electron';
import { openExternalSafely, type ExternalOpener } from '../guards/security';
import { handle } from './register';

/** Registers the `shell:*` handlers; `opener` is injectable so tests watch what reaches the OS. */
export function registerShellHandlers(opener: ExternalOpener = shell): void {
  handle('shell:open-external', async ({ url }) => {
    if (!(await openExternalSafely(url, opener))) throw new Error('Chỉ mở được địa chỉ thư điện tử (mailto:).');
    return null;
  });
}
