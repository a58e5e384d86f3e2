import type {
  AppInfo,
  AutoBackupReason,
  BackupStatus,
  FileFilter,
  OpenBackupResult,
  OpenedFile,
  OpenFilesResult,
  RefusedFile,
  WriteAutoBackupResult,
} from '@shared/ipc/contract';

/** A batch of files picked or dropped, each file's bytes as they come: its check can start with the first file. */
export interface PickedBatch {
  files: { name: string; bytes: Promise<Uint8Array> }[];
  refused: RefusedFile[];
  /** How many files were given, when more than the batch allows: none of them is read. */
  tooMany?: number;
}

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
  openFiles(options: { multiple: boolean; filters: FileFilter[]; maxFiles?: number }): Promise<OpenFilesResult>;
  /**
   * Picks a batch of files to check (Thẩm tra's import). A browser hands each file's bytes over as they are read, so
   * the check starts with the first; the desktop's dialog has read them all already.
   */
  openFileBatch(options: { filters: FileFilter[]; maxFiles: number }): Promise<PickedBatch>;
  /** Shows a saved file in its folder; a no-op where the host cannot (a browser). */
  revealFile(path: string): Promise<void>;
  /** Opens an https: or mailto: link outside the app. */
  openExternal(url: string): Promise<void>;
  /** Prints the current page (its @media print view): desktop → PDF through a save dialog; browser → window.print(). */
  printToPdf(suggestedName: string): Promise<PrintOutcome>;
  appInfo(): Promise<Pick<AppInfo, 'name' | 'version' | 'platform'> & Partial<AppInfo>>;
  /** The Backups folder, the last backup and the automatic ones; null where there is no folder (a browser). */
  backupStatus(): Promise<BackupStatus | null>;
  /** Writes an automatic backup beside the database; a browser has no such folder and writes nothing. */
  writeAutoBackup(reason: AutoBackupReason, bytes: Uint8Array): Promise<WriteAutoBackupResult>;
  /** "Sao lưu ngay" / "Tải tệp sao lưu": desktop → save dialog; browser → a download. */
  saveBackup(suggestedName: string, bytes: Uint8Array): Promise<SaveOutcome>;
  /** Picks a `.dtidesk` file to restore. */
  openBackup(): Promise<OpenBackupResult>;
  /** Reads one automatic backup by name (desktop only). */
  readAutoBackup(name: string): Promise<OpenedFile>;
}

/** Raised when the host refuses a request; the message is Vietnamese and fit to show. */
export class PlatformError extends Error {
  override name = 'PlatformError';
}
