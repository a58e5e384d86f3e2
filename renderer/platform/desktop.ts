import type { DesktopApi, IpcResult } from '@shared/ipc/contract';
import { PlatformError, type Platform } from './types';

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new PlatformError(result.error);
  return result.data;
}

/** The platform backed by the Electron preload bridge. */
export function desktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    async saveFile(suggestedName, bytes, filters) {
      const r = unwrap(await api.saveFile({ suggestedName, bytes, filters }));
      return r.saved ? { saved: true, path: r.path, fileName: suggestedName } : { saved: false };
    },
    async openFiles({ multiple, filters, maxFiles }) {
      return unwrap(
        await api.openFiles(maxFiles === undefined ? { multiple, filters } : { multiple, filters, maxFiles }),
      );
    },
    async openFileBatch({ filters, maxFiles }) {
      const r = unwrap(await api.openFiles({ multiple: true, filters, maxFiles }));
      return { ...r, files: r.files.map((f) => ({ name: f.name, bytes: Promise.resolve(f.bytes) })) };
    },
    async revealFile(path) {
      unwrap(await api.revealFile({ path }));
    },
    async openExternal(url) {
      unwrap(await api.openExternal({ url }));
    },
    async printToPdf(suggestedName) {
      const r = unwrap(await api.printToPdf({ suggestedName }));
      return r.saved ? { kind: 'pdf', saved: true, path: r.path } : { kind: 'pdf', saved: false };
    },
    async appInfo() {
      return unwrap(await api.appInfo({}));
    },
    async backupStatus() {
      return unwrap(await api.backupStatus({}));
    },
    async writeAutoBackup(reason, bytes) {
      return unwrap(await api.writeAutoBackup({ reason, bytes }));
    },
    async saveBackup(suggestedName, bytes) {
      const r = unwrap(await api.saveBackup({ suggestedName, bytes }));
      return r.saved ? { saved: true, path: r.path, fileName: suggestedName } : { saved: false };
    },
    async openBackup() {
      return unwrap(await api.openBackup({}));
    },
    async readAutoBackup(name) {
      return unwrap(await api.readAutoBackup({ name }));
    },
  };
}
