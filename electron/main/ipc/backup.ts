/**
 * `backup:*` handlers. Automatic backups go into the `Backups` folder beside the database (userData/Backups):
 * one at start at most once a day, one before every import batch and before every schema upgrade; the last
 * KEEP_AUTO_BACKUPS daily and KEEP_AUTO_BACKUPS event backups are kept. "Sao lưu ngay" writes where the officer
 * picks; a restore reads a picked file or an automatic backup by name (never a path from the page).
 * The renderer builds the file (it holds the database); main only names, writes, lists and reads.
 */
import * as fs from 'node:fs/promises';
import { basename, isAbsolute, join } from 'node:path';
import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import {
  AUTO_BACKUP_NAME,
  KEEP_AUTO_BACKUPS,
  MAX_BACKUP_BYTES,
  type AutoBackupFile,
  type AutoBackupReason,
  type LastBackup,
} from '@shared/ipc/contract';
import { tooLargeToOpenMessage } from '@shared/exchange/read-limits';
import { storageErrorMessage } from '@shared/storage/full';
import { handle } from './register';

/** Everything the backup handlers touch outside the process. */
export interface BackupDeps {
  /** The Backups folder (created on first write). */
  folder(): string;
  now(): Date;
  documentsDir(): string;
  showSaveDialog(
    window: BrowserWindow | null,
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(
    window: BrowserWindow | null,
    options: OpenDialogOptions,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** The real folder, clock and dialogs. */
export function defaultBackupDeps(): BackupDeps {
  return {
    folder: () => join(app.getPath('userData'), 'Backups'),
    now: () => new Date(),
    documentsDir: () => app.getPath('documents'),
    showSaveDialog: (window, options) =>
      window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options),
    showOpenDialog: (window, options) =>
      window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options),
  };
}

const FILTERS = [{ name: 'Tệp sao lưu DTI Desk', extensions: ['dtidesk'] }];
const LAST_FILE = 'last-backup.json';
const p2 = (n: number) => String(n).padStart(2, '0');
const localDay = (d: Date) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;

/** Writes `bytes` to `path` through a temporary file flushed to disk, so a crash never leaves half a backup. */
export async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp`;
  try {
    await fs.writeFile(tmp, bytes, { flush: true });
    await fs.rename(tmp, path);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new Error(`Không ghi được bản sao lưu: ${storageErrorMessage(error)}`, { cause: error });
  }
}

/** The automatic backups in `folder`, newest first (files the app did not name are ignored). */
export async function listAutoBackups(folder: string): Promise<AutoBackupFile[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const out: AutoBackupFile[] = [];
  for (const name of names) {
    const m = AUTO_BACKUP_NAME.exec(name);
    if (!m) continue;
    const stat = await fs.stat(join(folder, name)).catch(() => null);
    if (!stat?.isFile()) continue;
    out.push({ name, reason: m[3] as AutoBackupReason, at: stat.mtimeMs, size: stat.size });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}

/** Deletes all but the newest KEEP_AUTO_BACKUPS daily and KEEP_AUTO_BACKUPS event backups. */
export async function pruneAutoBackups(folder: string): Promise<string[]> {
  const files = await listAutoBackups(folder);
  const daily = files.filter((f) => f.reason === 'daily');
  const events = files.filter((f) => f.reason !== 'daily');
  const drop = [...daily.slice(KEEP_AUTO_BACKUPS), ...events.slice(KEEP_AUTO_BACKUPS)].map((f) => f.name);
  for (const name of drop) await fs.rm(join(folder, name), { force: true });
  return drop;
}

async function readLast(folder: string): Promise<LastBackup | null> {
  try {
    const v = JSON.parse(await fs.readFile(join(folder, LAST_FILE), 'utf8')) as Partial<LastBackup>;
    return typeof v.at === 'number' && typeof v.path === 'string' && typeof v.reason === 'string'
      ? { at: v.at, path: v.path, reason: v.reason }
      : null;
  } catch {
    return null;
  }
}

async function recordLast(folder: string, last: LastBackup): Promise<void> {
  await fs.mkdir(folder, { recursive: true });
  await fs.writeFile(join(folder, LAST_FILE), JSON.stringify(last));
}

async function freeName(folder: string, now: Date, reason: AutoBackupReason): Promise<string> {
  const stem = `dti-desk_${localDay(now)}_${p2(now.getHours())}${p2(now.getMinutes())}${p2(now.getSeconds())}`;
  for (let n = 0; n < 1000; n++) {
    const name = `${stem}${n ? `-${n}` : ''}_${reason}.dtidesk`;
    if (!(await fs.stat(join(folder, name)).catch(() => null))) return name;
  }
  throw new Error('Thư mục sao lưu có quá nhiều tệp trong cùng một giây.');
}

/** Registers the `backup:*` handlers. */
export function registerBackupHandlers(deps: BackupDeps = defaultBackupDeps()): void {
  const dailyDone = async () => {
    const today = localDay(deps.now());
    return (await listAutoBackups(deps.folder())).some((f) => f.reason === 'daily' && f.name.includes(`_${today}_`));
  };

  handle('backup:status', async () => {
    const folder = deps.folder();
    return { folder, last: await readLast(folder), files: await listAutoBackups(folder), dailyDone: await dailyDone() };
  });

  handle('backup:write-auto', async ({ reason, bytes }) => {
    const folder = deps.folder();
    if (reason === 'daily' && (await dailyDone())) return { written: false };
    await fs.mkdir(folder, { recursive: true });
    const now = deps.now();
    const path = join(folder, await freeName(folder, now, reason));
    await writeDurably(path, bytes);
    await recordLast(folder, { at: now.getTime(), path, reason });
    await pruneAutoBackups(folder);
    return { written: true, path, at: now.getTime() };
  });

  handle('backup:save-as', async (req, event) => {
    const result = await deps.showSaveDialog(BrowserWindow.fromWebContents(event.sender), {
      title: 'Lưu tệp sao lưu',
      defaultPath: join(deps.documentsDir(), req.suggestedName),
      filters: FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    if (!isAbsolute(result.filePath)) throw new Error('Hộp thoại trả về đường dẫn không hợp lệ.');
    await writeDurably(result.filePath, req.bytes);
    await recordLast(deps.folder(), { at: deps.now().getTime(), path: result.filePath, reason: 'manual' });
    return { saved: true, path: result.filePath };
  });

  handle('backup:open', async (_req, event) => {
    const result = await deps.showOpenDialog(BrowserWindow.fromWebContents(event.sender), {
      title: 'Chọn tệp sao lưu để khôi phục',
      filters: FILTERS,
      properties: ['openFile'],
    });
    const path = result.filePaths[0];
    if (result.canceled || !path) return { file: null };
    const name = basename(path);
    const size = (await fs.stat(path)).size;
    if (size > MAX_BACKUP_BYTES) {
      return { file: null, refused: tooLargeToOpenMessage(MAX_BACKUP_BYTES) };
    }
    return { file: { name, bytes: new Uint8Array(await fs.readFile(path)) } };
  });

  handle('backup:read', async ({ name }) => {
    // The validator allows only the app's own names, so this stays inside the Backups folder.
    return { name, bytes: new Uint8Array(await fs.readFile(join(deps.folder(), name))) };
  });
}
