// backup:* handlers on a real temporary folder: automatic backups named by main, at most one daily a day, the last
// 10 daily + 10 event kept, written whole or not at all; save-as through the dialog; reads only the app's own names.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invoke, ipcEvent, MockBrowserWindow, resetElectronMock } from './mock-electron';
import { registerBackupHandlers, type BackupDeps } from '../../electron/main/ipc/backup';
import { trustWebContents } from '../../electron/main/ipc/register';
import { MAX_BACKUP_BYTES } from '../../shared/ipc/contract';
import { sharedText } from '../../renderer/i18n/shared-text';

vi.mock('electron', () => import('./mock-electron'));

describe('backup handlers', () => {
  let root: string;
  let folder: string;
  let clock: Date;
  let deps: BackupDeps & { showSaveDialog: ReturnType<typeof vi.fn>; showOpenDialog: ReturnType<typeof vi.fn> };
  let event: ReturnType<typeof ipcEvent>;
  const bytes = new Uint8Array([1, 2, 3, 4]);
  const write = (reason: string) => invoke('backup:write-auto', event, { reason, bytes });

  beforeEach(() => {
    resetElectronMock();
    root = mkdtempSync(join(tmpdir(), 'dti-backup-'));
    folder = join(root, 'Backups');
    clock = new Date(2026, 11, 5, 7, 55, 12);
    deps = {
      folder: () => folder,
      now: () => clock,
      documentsDir: () => root,
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: join(root, 'chosen.dtidesk') })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    };
    const window = new MockBrowserWindow({});
    trustWebContents(window.webContents as never);
    event = ipcEvent(window.webContents);
    registerBackupHandlers(deps);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes an automatic backup into the Backups folder under a name main chooses, and reports it', async () => {
    const r = (await write('import')) as { ok: true; data: { written: true; path: string } };
    expect(r.ok).toBe(true);
    expect(r.data.path).toBe(join(folder, 'dti-desk_2026-12-05_075512_import.dtidesk'));
    expect(new Uint8Array(readFileSync(r.data.path))).toEqual(bytes);
    const again = (await write('import')) as { data: { path: string } };
    expect(again.data.path).toBe(join(folder, 'dti-desk_2026-12-05_075512-1_import.dtidesk'));
    const status = (await invoke('backup:status', event, {})) as { data: Record<string, unknown> };
    expect(status.data).toMatchObject({
      folder,
      last: { path: again.data.path, reason: 'import' },
      dailyDone: false,
    });
    expect(status.data.files).toHaveLength(2);
    expect(readdirSync(folder).some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('writes at most one daily backup a day', async () => {
    expect(await write('daily')).toMatchObject({ ok: true, data: { written: true } });
    clock = new Date(2026, 11, 5, 16, 0, 0);
    expect(await write('daily')).toEqual({ ok: true, data: { written: false } });
    clock = new Date(2026, 11, 6, 7, 0, 0);
    expect(await write('daily')).toMatchObject({ ok: true, data: { written: true } });
  });

  it('keeps the last 10 daily and the last 10 event backups', async () => {
    for (let d = 1; d <= 14; d++) {
      clock = new Date(2026, 10, d, 8, 0, 0);
      await write('daily');
      await write(d % 2 ? 'import' : 'upgrade');
    }
    const names = readdirSync(folder).filter((n) => n.endsWith('.dtidesk'));
    const daily = names.filter((n) => n.endsWith('_daily.dtidesk')).sort();
    const events = names.filter((n) => !n.endsWith('_daily.dtidesk')).sort();
    expect(daily).toHaveLength(10);
    expect(events).toHaveLength(10);
    expect(daily[0]).toBe('dti-desk_2026-11-05_080000_daily.dtidesk');
    expect(events[0]).toBe('dti-desk_2026-11-05_080000_import.dtidesk');
  });

  it('leaves files it did not name alone', async () => {
    await write('daily');
    writeFileSync(join(folder, 'ghi-chu.txt'), 'x');
    for (let d = 1; d <= 12; d++) {
      clock = new Date(2026, 11, 5 + d, 8, 0, 0);
      await write('daily');
    }
    expect(existsSync(join(folder, 'ghi-chu.txt'))).toBe(true);
  });

  it('refuses an unknown reason or non-bytes before touching the disk', async () => {
    expect(await invoke('backup:write-auto', event, { reason: 'weekly', bytes })).toMatchObject({ ok: false });
    expect(await invoke('backup:write-auto', event, { reason: 'daily', bytes: 'abc' })).toMatchObject({ ok: false });
    expect(existsSync(folder)).toBe(false);
  });

  it('"Sao lưu ngay" writes where the officer picked and remembers it as the last backup', async () => {
    const r = await invoke('backup:save-as', event, { suggestedName: 'DTI-Desk_sao-luu.dtidesk', bytes });
    expect(r).toEqual({ ok: true, data: { saved: true, path: join(root, 'chosen.dtidesk') } });
    expect(new Uint8Array(readFileSync(join(root, 'chosen.dtidesk')))).toEqual(bytes);
    const status = (await invoke('backup:status', event, {})) as { data: { last: unknown } };
    expect(status.data.last).toMatchObject({ path: join(root, 'chosen.dtidesk'), reason: 'manual' });
    expect(await invoke('backup:save-as', event, { suggestedName: 'a.xlsx', bytes })).toMatchObject({ ok: false });
  });

  it('reads an automatic backup by its name only, never a path', async () => {
    const w = (await write('daily')) as { data: { path: string } };
    const name = w.data.path.slice(folder.length + 1);
    expect(await invoke('backup:read', event, { name })).toEqual({ ok: true, data: { name, bytes } });
    for (const bad of ['../secret.dtidesk', join(folder, name), 'x.dtidesk', `${name}/..`]) {
      expect(await invoke('backup:read', event, { name: bad })).toMatchObject({ ok: false });
    }
  });

  it('opens a picked backup file', async () => {
    writeFileSync(join(root, 'may-cu.dtidesk'), bytes);
    deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(root, 'may-cu.dtidesk')] });
    expect(await invoke('backup:open', event, {})).toEqual({
      ok: true,
      data: { file: { name: 'may-cu.dtidesk', bytes } },
    });
    expect(await invoke('backup:open', event, {})).toEqual({ ok: true, data: { file: null } });
  });

  it('refuses a picked backup above its size limit without reading it, in words the UI says in English too', async () => {
    const big = join(root, 'qua-lon.dtidesk');
    writeFileSync(big, '');
    truncateSync(big, MAX_BACKUP_BYTES + 1); // sparse: the size is what counts, nothing is written
    deps.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [big] });
    const r = (await invoke('backup:open', event, {})) as { ok: true; data: { file: null; refused: string } };
    expect(r).toEqual({ ok: true, data: { file: null, refused: 'Tệp lớn hơn 512 MB, không mở.' } });
    expect(sharedText(r.data.refused, 'en')).toBe('The file is larger than 512 MB; not opened.');
  });
});
