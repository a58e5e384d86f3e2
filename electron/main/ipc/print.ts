/**
 * `print:pdf`: prints the calling page to an A4 PDF (its @media print styles apply, so the app chrome is hidden)
 * and writes it where the user picks in the save dialog. Nothing is printed or written before the dialog
 * answers with a path. The dialog, the printer and the file system are injected so tests see what reaches them.
 */
import * as fs from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import { handle } from './register';

/** Everything `print:pdf` touches outside the process. */
export interface PrintDeps {
  showSaveDialog(
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  printToPDF(contents: WebContents): Promise<Uint8Array>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
  documentsDir(): string;
}

/** The real dialog, printer and fs. */
export function defaultPrintDeps(): PrintDeps {
  return {
    showSaveDialog: (window, options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    printToPDF: (contents) => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }),
    writeFile: (path, bytes) => fs.writeFile(path, bytes),
    documentsDir: () => app.getPath('documents'),
  };
}

/** Registers `print:pdf`. */
export function registerPrintHandlers(deps: PrintDeps = defaultPrintDeps()): void {
  handle('print:pdf', async (req, event) => {
    const result = await deps.showSaveDialog(BrowserWindow.fromWebContents(event.sender), {
      title: 'Lưu bản in PDF',
      defaultPath: join(deps.documentsDir(), req.suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    if (!isAbsolute(result.filePath)) throw new Error('Hộp thoại trả về đường dẫn không hợp lệ.');
    const pdf = await deps.printToPDF(event.sender);
    await deps.writeFile(result.filePath, pdf);
    return { saved: true, path: result.filePath };
  });
}
