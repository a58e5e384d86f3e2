import { MAX_BACKUP_BYTES, type FileFilter, type OpenFilesResult } from '@shared/ipc/contract';
import { isSafeExternalUrl } from '@shared/ipc/validate';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';
import { readLocalFiles, streamLocalFiles } from './read-files';
import { PlatformError, type Platform } from './types';

const MIME: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv',
  json: 'application/json',
};

function accept(filters: FileFilter[]): string {
  return filters
    .flatMap((f) => f.extensions.map((e) => (e === '*' ? '' : `.${e}`)))
    .filter(Boolean)
    .join(',');
}

function pickFiles(multiple: boolean, filters: FileFilter[]): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept(filters);
    input.style.display = 'none';
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => done([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** The platform for a plain browser tab: downloads to save, a file input to open. */
export function browserPlatform(): Platform {
  const download = (suggestedName: string, bytes: Uint8Array) => {
    const ext = suggestedName.split('.').pop()?.toLowerCase() ?? '';
    const blob = new Blob([bytes as BlobPart], { type: MIME[ext] ?? 'application/octet-stream' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = suggestedName;
    a.style.display = 'none';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return { saved: true as const, path: null, fileName: suggestedName };
  };
  return {
    kind: 'browser',
    async saveFile(suggestedName, bytes, _filters) {
      return download(suggestedName, bytes);
    },
    async openFiles({ multiple, filters, maxFiles }): Promise<OpenFilesResult> {
      return readLocalFiles(await pickFiles(multiple, filters), maxFiles);
    },
    async openFileBatch({ filters, maxFiles }) {
      return streamLocalFiles(await pickFiles(true, filters), maxFiles);
    },
    async revealFile() {
      // A browser keeps downloads in its own folder; there is nothing to reveal.
    },
    async openExternal(url) {
      if (!isSafeExternalUrl(url)) throw new PlatformError('Chỉ mở được liên kết https: hoặc mailto:.');
      if (url.startsWith('mailto:')) window.location.href = url;
      else window.open(url, '_blank', 'noopener,noreferrer');
    },
    async printToPdf() {
      // The browser's print dialog offers "Save as PDF" itself.
      window.print();
      return { kind: 'dialog' };
    },
    async appInfo() {
      return { name: 'DTI Desk', version: __APP_VERSION__, platform: 'browser' };
    },
    async backupStatus() {
      return null;
    },
    async writeAutoBackup() {
      // A browser has no folder beside its database; "Tải tệp sao lưu" is the officer's backup there.
      return { written: false };
    },
    async saveBackup(suggestedName, bytes) {
      return download(suggestedName, bytes);
    },
    async openBackup() {
      const [file] = await pickFiles(false, [{ name: 'Tệp sao lưu DTI Desk', extensions: ['dtidesk'] }]);
      if (!file) return { file: null };
      if (file.size > MAX_BACKUP_BYTES) return { file: null, refused: tooLargeToOpenMessage(MAX_BACKUP_BYTES) };
      return { file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
    },
    async readAutoBackup() {
      throw new PlatformError('Trình duyệt không có thư mục sao lưu tự động.');
    },
  };
}
