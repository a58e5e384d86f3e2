/**
 * The one IPC contract between the Electron main process and the renderer.
 * Every channel takes one object argument and answers one result; main validates the argument as `unknown`
 * (see ./validate.ts) before anything touches the disk or the OS.
 */

/** A file-type filter for native dialogs, e.g. { name: 'Excel', extensions: ['xlsx'] }. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  /** File name offered in the dialog (no folders), e.g. `DTI_2024_xa-gia-phong_tu-danh-gia_r3.xlsx`. */
  suggestedName: string;
  bytes: Uint8Array;
  filters: FileFilter[];
}
export type SaveFileResult = { saved: false } | { saved: true; path: string };

export interface OpenFilesRequest {
  multiple: boolean;
  filters: FileFilter[];
  /** When more files than this are picked, none is read and `tooMany` says how many were picked. */
  maxFiles?: number;
}
/** A file the user picked, read by main. */
export interface OpenedFile {
  name: string;
  bytes: Uint8Array;
}
/** A picked file main would not read (too large, unreadable), with a Vietnamese reason. */
export interface RefusedFile {
  name: string;
  reason: string;
}
export interface OpenFilesResult {
  files: OpenedFile[];
  refused: RefusedFile[];
  /** Set (to the number picked) when the pick exceeded `maxFiles`; then nothing was read. */
  tooMany?: number;
}

export interface RevealFileRequest {
  path: string;
}
export interface OpenExternalRequest {
  url: string;
}
export interface PrintToPdfRequest {
  /** PDF file name offered in the dialog (no folders, ends in .pdf). */
  suggestedName: string;
}

export interface AppInfo {
  name: string;
  version: string;
  electron: string;
  chrome: string;
  node: string;
  platform: string;
  userData: string;
}

/**
 * Why an automatic backup is written: at start (once a day), before an import batch, before a schema upgrade,
 * before a restore replaces the data. All but 'daily' are event backups.
 */
export type AutoBackupReason = 'daily' | 'import' | 'upgrade' | 'restore';

export interface WriteAutoBackupRequest {
  reason: AutoBackupReason;
  /** The whole `.dtidesk` file. */
  bytes: Uint8Array;
}
/** `written: false` when a daily backup already exists for today (at most one a day). */
export type WriteAutoBackupResult = { written: false } | { written: true; path: string; at: number };

export interface SaveBackupRequest {
  /** Bare file name offered in the dialog, ending in `.dtidesk`. */
  suggestedName: string;
  bytes: Uint8Array;
}

/** One automatic backup in the Backups folder. */
export interface AutoBackupFile {
  name: string;
  reason: AutoBackupReason;
  /** When it was written (ms since epoch). */
  at: number;
  size: number;
}
/** The last backup written from this machine, automatic or chosen by the officer. */
export interface LastBackup {
  at: number;
  path: string;
  reason: AutoBackupReason | 'manual';
}
export interface BackupStatus {
  /** The Backups folder beside the database. */
  folder: string;
  last: LastBackup | null;
  /** Automatic backups, newest first. */
  files: AutoBackupFile[];
  /** Whether today's daily backup exists already. */
  dailyDone: boolean;
}
export interface ReadAutoBackupRequest {
  name: string;
}
/** A backup file picked in the open dialog, or the reason it was not read; nothing when cancelled. */
export type OpenBackupResult = { file: OpenedFile | null; refused?: string };

/** Channel name → request and response types. */
export interface IpcContract {
  'file:save': { req: SaveFileRequest; res: SaveFileResult };
  'file:open': { req: OpenFilesRequest; res: OpenFilesResult };
  'file:reveal': { req: RevealFileRequest; res: null };
  'shell:open-external': { req: OpenExternalRequest; res: null };
  'app:info': { req: Record<string, never>; res: AppInfo };
  /** Prints the sender's page to PDF (A4) and saves it where the user picks in the save dialog. */
  'print:pdf': { req: PrintToPdfRequest; res: SaveFileResult };
  /** Where backups go, the last one written, the automatic ones kept. */
  'backup:status': { req: Record<string, never>; res: BackupStatus };
  /** Writes an automatic backup into the Backups folder and keeps the last 10 daily and 10 event backups. */
  'backup:write-auto': { req: WriteAutoBackupRequest; res: WriteAutoBackupResult };
  /** "Sao lưu ngay": writes a backup where the officer picks in the save dialog. */
  'backup:save-as': { req: SaveBackupRequest; res: SaveFileResult };
  /** Picks a `.dtidesk` file to restore in the open dialog and reads it. */
  'backup:open': { req: Record<string, never>; res: OpenBackupResult };
  /** Reads one automatic backup from the Backups folder, by name. */
  'backup:read': { req: ReadAutoBackupRequest; res: OpenedFile };
}
export type Channel = keyof IpcContract;

/** What every handler answers: a thrown error would cross IPC as a bare message, so errors are values. */
export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** The preload's function names, one per channel. */
export const API_CHANNELS = {
  saveFile: 'file:save',
  openFiles: 'file:open',
  revealFile: 'file:reveal',
  openExternal: 'shell:open-external',
  appInfo: 'app:info',
  printToPdf: 'print:pdf',
  backupStatus: 'backup:status',
  writeAutoBackup: 'backup:write-auto',
  saveBackup: 'backup:save-as',
  openBackup: 'backup:open',
  readAutoBackup: 'backup:read',
} as const satisfies Record<string, Channel>;

type ApiChannels = typeof API_CHANNELS;
/** The object the preload exposes on `window.dtiDesk`. */
export type DesktopApi = {
  [K in keyof ApiChannels]: (
    req: IpcContract[ApiChannels[K]]['req'],
  ) => Promise<IpcResult<IpcContract[ApiChannels[K]]['res']>>;
};

/** Largest file `file:open` reads, in bytes (an honest assessment file is well under 1 MB). */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;
/** Largest payload `file:save` accepts. */
export const MAX_SAVE_FILE_BYTES = 100 * 1024 * 1024;
/** Largest backup file read or written (a district's year is ≈ 20 MB; this leaves room for many years). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** How many automatic backups of each kind are kept: daily ones, and event ones (before import or upgrade). */
export const KEEP_AUTO_BACKUPS = 10;
/** An automatic backup's file name: `dti-desk_2026-12-05_075512_daily.dtidesk` (local time, optional -n). */
export const AUTO_BACKUP_NAME =
  /^dti-desk_(\d{4}-\d{2}-\d{2})_(\d{6})(?:-\d{1,3})?_(daily|import|upgrade|restore)\.dtidesk$/;

/** The global name the preload exposes. */
export const BRIDGE_GLOBAL = 'dtiDesk';
