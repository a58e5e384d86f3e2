import type { AppInfo, FileFilter, OpenFilesResult } from '@shared/ipc/contract';

/** What saving a file led to. `path` is known only on the desktop; a browser download has none. */
export type SaveOutcome = { saved: false } | { saved: true; path: string | null; fileName: string };

/** What printing led to: a PDF saved (or not) on the desktop, the browser's own print dialog otherwise. */
export type PrintOutcome =
  { kind: 'pdf'; saved: false } | { kind: 'pdf'; saved: true; path: string } | { kind: 'dialog' };

/**
 * Everything the app needs from its host: the Electron bridge on the desktop, plain browser APIs otherwise.
 * Feature code uses only this, never `window.dtiDesk`.
 */
export interface Platform {
  readonly kind: 'desktop' | 'browser';
  saveFile(suggestedName: string, bytes: Uint8Array, filters: FileFilter[]): Promise<SaveOutcome>;
  openFiles(options: { multiple: boolean; filters: FileFilter[] }): Promise<OpenFilesResult>;
  /** Shows a saved file in its folder; a no-op where the host cannot (a browser). */
  revealFile(path: string): Promise<void>;
  /** Opens an https: or mailto: link outside the app. */
  openExternal(url: string): Promise<void>;
  /** Prints the current page (its @media print view): desktop → PDF through a save dialog; browser → window.print(). */
  printToPdf(suggestedName: string): Promise<PrintOutcome>;
  appInfo(): Promise<Pick<AppInfo, 'name' | 'version' | 'platform'> & Partial<AppInfo>>;
}

/** Raised when the host refuses a request; the message is Vietnamese and fit to show. */
export class PlatformError extends Error {
  override name = 'PlatformError';
}
