/**
 * `file:*` handlers: save bytes through the native save dialog, read files picked in the native open dialog
 * (size-capped), and show a file the app saved in this session in the system file manager.
 * The dialog, the file system and the shell are injected so tests see exactly what reaches them.
 */
import * as fs from 'node:fs/promises';
import { basename, isAbsolute, join, normalize } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  shell,
  type IpcMainInvokeEvent,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';
import { MAX_OPEN_FILE_BYTES, type OpenedFile, type RefusedFile } from '@shared/ipc/contract';
import { handle } from './register';

/** Everything the file handlers touch outside the process. */
export interface FileDeps {
  showSaveDialog(
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: BrowserWindow | null,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  readFile(path: string): Promise<Uint8Array>;
  fileSize(path: string): Promise<number>;
  showItemInFolder(path: string): void;
  documentsDir(): string;
}

/** The real dialog, fs and shell. */
export function defaultFileDeps(): FileDeps {
  return {
    showSaveDialog: (window, options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    showOpenDialog: (window, options) =>
      window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
    writeFile: (path, bytes) => fs.writeFile(path, bytes),
    readFile: (path) => fs.readFile(path),
    fileSize: async (path) => (await fs.stat(path)).size,
    showItemInFolder: (path) => shell.showItemInFolder(path),
    documentsDir: () => app.getPath('documents'),
  };
}

/** Paths written by `file:save` in this session: the only ones `file:reveal` will show. */
const savedPaths = new Set<string>();

function key(path: string): string {
  const normal = normalize(path);
  return process.platform === 'win32' || process.platform === 'darwin' ? normal.toLowerCase() : normal;
}

function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

function toPlainBytes(data: Uint8Array): Uint8Array {
  // A Buffer may be a view into a shared pool; copy so only this file's bytes cross IPC.
  return new Uint8Array(data);
}

/** Registers `file:save`, `file:open` and `file:reveal`. */
export function registerFileHandlers(deps: FileDeps = defaultFileDeps()): void {
  handle('file:save', async (req, event) => {
    const result = await deps.showSaveDialog(windowOf(event), {
      title: 'Lưu tệp',
      defaultPath: join(deps.documentsDir(), req.suggestedName),
      filters: req.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    if (!isAbsolute(result.filePath)) throw new Error('Hộp thoại trả về đường dẫn không hợp lệ.');
    await deps.writeFile(result.filePath, req.bytes);
    savedPaths.add(key(result.filePath));
    return { saved: true, path: result.filePath };
  });

  handle('file:open', async (req, event) => {
    const result = await deps.showOpenDialog(windowOf(event), {
      title: 'Mở tệp',
      filters: req.filters,
      properties: req.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    });
    const files: OpenedFile[] = [];
    const refused: RefusedFile[] = [];
    if (result.canceled) return { files, refused };
    if (req.maxFiles !== undefined && result.filePaths.length > req.maxFiles)
      return { files, refused, tooMany: result.filePaths.length };
    // Shared's words for it (the browser's pick and drop and the CLI say the same; the UI says it in its language).
    const tooLarge = tooLargeToOpenMessage();
    for (const path of req.multiple ? result.filePaths : result.filePaths.slice(0, 1)) {
      const name = basename(path);
      try {
        if ((await deps.fileSize(path)) > MAX_OPEN_FILE_BYTES) {
          refused.push({ name, reason: tooLarge });
          continue;
        }
        const bytes = await deps.readFile(path);
        // The file may have grown between the size check and the read.
        if (bytes.byteLength > MAX_OPEN_FILE_BYTES) refused.push({ name, reason: tooLarge });
        else files.push({ name, bytes: toPlainBytes(bytes) });
      } catch {
        refused.push({ name, reason: 'Không đọc được tệp (tệp đang mở ở chương trình khác hoặc không có quyền đọc).' });
      }
    }
    return { files, refused };
  });

  handle('file:reveal', ({ path }) => {
    if (!isAbsolute(path)) throw new Error('Đường dẫn phải là đường dẫn tuyệt đối.');
    if (!savedPaths.has(key(path))) throw new Error('Chỉ mở được thư mục chứa tệp vừa lưu trong phiên làm việc này.');
    deps.showItemInFolder(path);
    return null;
  });
}

/** Forgets the paths saved so far (for tests). */
export function clearSavedPaths(): void {
  savedPaths.clear();
}
