import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_FILE_BYTES, MAX_SAVE_FILE_BYTES } from '@shared/ipc/contract';
import { dialog, invoke, ipcEvent, MockBrowserWindow, resetElectronMock, shell } from './mock-electron';
import { clearSavedPaths, registerFileHandlers, type FileDeps } from '../../electron/main/ipc/files';
import { trustWebContents } from '../../electron/main/ipc/register';

vi.mock('electron', () => import('./mock-electron'));

const xlsx = [{ name: 'Excel', extensions: ['xlsx'] }];
const saved = '/home/user/Documents/DTI_2024.xlsx';

function fakeDeps() {
  return {
    showSaveDialog: vi.fn<FileDeps['showSaveDialog']>(async () => ({ canceled: false, filePath: saved })),
    showOpenDialog: vi.fn<FileDeps['showOpenDialog']>(async () => ({ canceled: true, filePaths: [] })),
    writeFile: vi.fn<FileDeps['writeFile']>(async () => undefined),
    readFile: vi.fn<FileDeps['readFile']>(async () => new Uint8Array([1, 2, 3])),
    fileSize: vi.fn<FileDeps['fileSize']>(async () => 3),
    showItemInFolder: vi.fn<FileDeps['showItemInFolder']>(),
    documentsDir: () => '/home/user/Documents',
  };
}

describe('file handlers', () => {
  let deps: ReturnType<typeof fakeDeps>;
  let window: MockBrowserWindow;
  let event: ReturnType<typeof ipcEvent>;
  const touchedOutside = () =>
    deps.showSaveDialog.mock.calls.length +
    deps.showOpenDialog.mock.calls.length +
    deps.writeFile.mock.calls.length +
    deps.readFile.mock.calls.length +
    deps.fileSize.mock.calls.length +
    deps.showItemInFolder.mock.calls.length;

  beforeEach(() => {
    resetElectronMock();
    clearSavedPaths();
    deps = fakeDeps();
    window = new MockBrowserWindow({});
    trustWebContents(window.webContents as never);
    event = ipcEvent(window.webContents);
    registerFileHandlers(deps);
  });

  describe('file:save', () => {
    const good = { suggestedName: 'DTI_2024.xlsx', bytes: new Uint8Array([80, 75, 3, 4]), filters: xlsx };

    it('shows the save dialog on the sender window and writes exactly the bytes', async () => {
      expect(await invoke('file:save', event, good)).toEqual({ ok: true, data: { saved: true, path: saved } });
      expect(deps.showSaveDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ defaultPath: join('/home/user/Documents', 'DTI_2024.xlsx'), filters: xlsx }),
      );
      expect(deps.writeFile).toHaveBeenCalledWith(saved, good.bytes);
    });

    it('answers {saved:false} and writes nothing when the dialog is cancelled', async () => {
      deps.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
      expect(await invoke('file:save', event, good)).toEqual({ ok: true, data: { saved: false } });
      expect(deps.writeFile).not.toHaveBeenCalled();
    });

    it.each([
      ['a name with a slash', { ...good, suggestedName: '../../.bashrc' }],
      ['a name with a backslash', { ...good, suggestedName: '..\\..\\autoexec.bat' }],
      ['an absolute name', { ...good, suggestedName: '/etc/cron.d/x' }],
      ['bytes as an array', { ...good, bytes: [80, 75] }],
      ['bytes as a string', { ...good, bytes: 'PK' }],
      ['oversized bytes', { ...good, bytes: new Uint8Array(MAX_SAVE_FILE_BYTES + 1) }],
      ['bad filters', { ...good, filters: [{ name: 'x', extensions: ['../x'] }] }],
      ['no request', undefined],
    ])('never opens a dialog or writes for %s', async (_what, arg) => {
      expect(await invoke('file:save', event, arg)).toMatchObject({ ok: false, error: expect.any(String) });
      expect(touchedOutside()).toBe(0);
    });

    it('reports a write failure as an error value', async () => {
      deps.writeFile.mockRejectedValue(new Error('EACCES: không có quyền ghi'));
      expect(await invoke('file:save', event, good)).toEqual({ ok: false, error: 'EACCES: không có quyền ghi' });
    });
  });

  describe('file:open', () => {
    it('passes multiple + filters to the dialog and reads each file', async () => {
      deps.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/d/a.xlsx', '/d/b.xlsx'] });
      const result = await invoke('file:open', event, { multiple: true, filters: xlsx });
      expect(deps.showOpenDialog).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ filters: xlsx, properties: ['openFile', 'multiSelections'] }),
      );
      expect(result).toEqual({
        ok: true,
        data: {
          files: [
            { name: 'a.xlsx', bytes: new Uint8Array([1, 2, 3]) },
            { name: 'b.xlsx', bytes: new Uint8Array([1, 2, 3]) },
          ],
          refused: [],
        },
      });
    });

    it('reads nothing when more files than maxFiles are picked, and says how many were', async () => {
      deps.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/d/a.xlsx', '/d/b.xlsx', '/d/c.xlsx'] });
      const result = await invoke('file:open', event, { multiple: true, filters: xlsx, maxFiles: 2 });
      expect(result).toEqual({ ok: true, data: { files: [], refused: [], tooMany: 3 } });
      expect(deps.readFile).not.toHaveBeenCalled();
      expect(deps.fileSize).not.toHaveBeenCalled();
    });

    it('asks for a single file when multiple is false', async () => {
      await invoke('file:open', event, { multiple: false, filters: xlsx });
      expect(deps.showOpenDialog.mock.calls[0]?.[1].properties).toEqual(['openFile']);
    });

    it('refuses an oversized file with a Vietnamese reason and never reads it', async () => {
      deps.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/d/big.xlsx', '/d/ok.xlsx'] });
      deps.fileSize.mockImplementation(async (path) => (path === '/d/big.xlsx' ? MAX_OPEN_FILE_BYTES + 1 : 3));
      const result = await invoke('file:open', event, { multiple: true, filters: xlsx });
      expect(result).toMatchObject({
        ok: true,
        data: {
          files: [{ name: 'ok.xlsx' }],
          refused: [{ name: 'big.xlsx', reason: expect.stringContaining('Tệp lớn hơn 20 MB') }],
        },
      });
      expect(deps.readFile).toHaveBeenCalledTimes(1);
      expect(deps.readFile).toHaveBeenCalledWith('/d/ok.xlsx');
    });

    it('refuses a file that grew past the cap between stat and read', async () => {
      deps.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/d/growing.xlsx'] });
      deps.readFile.mockResolvedValue(new Uint8Array(MAX_OPEN_FILE_BYTES + 1));
      const result = await invoke('file:open', event, { multiple: false, filters: xlsx });
      expect(result).toMatchObject({ ok: true, data: { files: [], refused: [{ name: 'growing.xlsx' }] } });
    });

    it('lists an unreadable file as refused instead of failing the whole call', async () => {
      deps.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/d/locked.xlsx'] });
      deps.readFile.mockRejectedValue(new Error('EBUSY'));
      const result = await invoke('file:open', event, { multiple: false, filters: xlsx });
      expect(result).toMatchObject({
        ok: true,
        data: { files: [], refused: [{ name: 'locked.xlsx', reason: expect.stringContaining('Không đọc được') }] },
      });
    });

    it('answers empty lists when cancelled', async () => {
      expect(await invoke('file:open', event, { multiple: true, filters: xlsx })).toEqual({
        ok: true,
        data: { files: [], refused: [] },
      });
      expect(deps.readFile).not.toHaveBeenCalled();
    });

    it.each([
      ['multiple as a string', { multiple: 'true', filters: xlsx }],
      ['filters as a string', { multiple: true, filters: '*.xlsx' }],
      ['a path instead of a request', '/etc/shadow'],
    ])('never opens a dialog for %s', async (_what, arg) => {
      expect(await invoke('file:open', event, arg)).toMatchObject({ ok: false });
      expect(touchedOutside()).toBe(0);
    });
  });

  describe('file:reveal', () => {
    it('shows a file saved in this session', async () => {
      await invoke('file:save', event, { suggestedName: 'DTI_2024.xlsx', bytes: new Uint8Array(1), filters: xlsx });
      expect(await invoke('file:reveal', event, { path: saved })).toEqual({ ok: true, data: null });
      expect(deps.showItemInFolder).toHaveBeenCalledWith(saved);
    });

    it('refuses an absolute path the app did not save', async () => {
      expect(await invoke('file:reveal', event, { path: '/etc/passwd' })).toMatchObject({
        ok: false,
        error: expect.stringContaining('tệp vừa lưu'),
      });
      expect(deps.showItemInFolder).not.toHaveBeenCalled();
    });

    it.each([
      ['a relative path', { path: 'Documents/DTI_2024.xlsx' }],
      ['a .. segment', { path: '/home/user/Documents/../Documents/DTI_2024.xlsx' }],
      ['a NUL byte', { path: `${saved}\0` }],
      ['a number', { path: 7 }],
    ])('never reaches the shell for %s, even after a save', async (_what, arg) => {
      await invoke('file:save', event, { suggestedName: 'DTI_2024.xlsx', bytes: new Uint8Array(1), filters: xlsx });
      expect(await invoke('file:reveal', event, arg)).toMatchObject({ ok: false });
      expect(deps.showItemInFolder).not.toHaveBeenCalled();
    });
  });
});

describe('file handlers with the real dialog/fs/shell wiring', () => {
  let dir: string;
  beforeEach(() => {
    resetElectronMock();
    clearSavedPaths();
    dir = mkdtempSync(join(tmpdir(), 'dti-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves through electron.dialog to disk, reads back through file:open and reveals through electron.shell', async () => {
    const window = new MockBrowserWindow({});
    trustWebContents(window.webContents as never);
    const event = ipcEvent(window.webContents);
    registerFileHandlers();
    const target = join(dir, 'out.xlsx');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([1, 2, 3, 4]);
    expect(await invoke('file:save', event, { suggestedName: 'out.xlsx', bytes, filters: xlsx })).toEqual({
      ok: true,
      data: { saved: true, path: target },
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.any(Object));
    expect([...readFileSync(target)]).toEqual([1, 2, 3, 4]);

    writeFileSync(join(dir, 'in.xlsx'), Buffer.from([9, 8, 7]));
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(dir, 'in.xlsx'), join(dir, 'missing.xlsx')],
    });
    const opened = (await invoke('file:open', event, { multiple: true, filters: xlsx })) as {
      ok: true;
      data: { files: { name: string; bytes: Uint8Array }[]; refused: { name: string }[] };
    };
    expect(opened.data.files).toHaveLength(1);
    expect(opened.data.files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect([...(opened.data.files[0]?.bytes ?? [])]).toEqual([9, 8, 7]);
    expect(opened.data.refused).toEqual([{ name: 'missing.xlsx', reason: expect.any(String) }]);

    expect(await invoke('file:reveal', event, { path: target })).toEqual({ ok: true, data: null });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(target);
  });
});
