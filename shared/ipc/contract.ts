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

/** Channel name → request and response types. */
export interface IpcContract {
  'file:save': { req: SaveFileRequest; res: SaveFileResult };
  'file:open': { req: OpenFilesRequest; res: OpenFilesResult };
  'file:reveal': { req: RevealFileRequest; res: null };
  'shell:open-external': { req: OpenExternalRequest; res: null };
  'app:info': { req: Record<string, never>; res: AppInfo };
  /** Prints the sender's page to PDF (A4) and saves it where the user picks in the save dialog. */
  'print:pdf': { req: PrintToPdfRequest; res: SaveFileResult };
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
/** The global name the preload exposes. */
export const BRIDGE_GLOBAL = 'dtiDesk';
