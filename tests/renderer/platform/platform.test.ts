import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS, BRIDGE_GLOBAL, type DesktopApi } from '@shared/ipc/contract';
import { detectPlatform, PlatformError } from '../../../renderer/platform';

function fakeBridge(overrides: Partial<DesktopApi> = {}): DesktopApi {
  return {
    saveFile: vi.fn(async () => ({ ok: true as const, data: { saved: true as const, path: 'C:\\DTI\\a.xlsx' } })),
    openFiles: vi.fn(async () => ({ ok: true as const, data: { files: [], refused: [] } })),
    revealFile: vi.fn(async () => ({ ok: true as const, data: null })),
    openExternal: vi.fn(async () => ({ ok: false as const, error: 'Chỉ mở được liên kết https: hoặc mailto:.' })),
    appInfo: vi.fn(async () => ({
      ok: true as const,
      data: {
        name: 'DTI Desk',
        version: '0.1.0',
        electron: '45',
        chrome: '140',
        node: '22',
        platform: 'win32',
        userData: 'x',
      },
    })),
    printToPdf: vi.fn(async () => ({
      ok: true as const,
      data: { saved: true as const, path: 'C:\\DTI\\bien-ban.pdf' },
    })),
    backupStatus: vi.fn(async () => ({
      ok: true as const,
      data: { folder: 'C:\\DTI\\Backups', last: null, files: [], dailyDone: false },
    })),
    writeAutoBackup: vi.fn(async () => ({ ok: true as const, data: { written: false as const } })),
    saveBackup: vi.fn(async () => ({ ok: true as const, data: { saved: false as const } })),
    openBackup: vi.fn(async () => ({ ok: true as const, data: { file: null } })),
    readAutoBackup: vi.fn(async () => ({ ok: false as const, error: 'x' })),
    ...overrides,
  };
}

describe('printToPdf', () => {
  it('desktop: asks main for a PDF and reports where it was saved', async () => {
    const api = fakeBridge();
    const p = detectPlatform({ [BRIDGE_GLOBAL]: api });
    expect(await p.printToPdf('bien-ban.pdf')).toEqual({ kind: 'pdf', saved: true, path: 'C:\\DTI\\bien-ban.pdf' });
    expect(api.printToPdf).toHaveBeenCalledWith({ suggestedName: 'bien-ban.pdf' });
  });

  it('desktop: a cancelled dialog is not an error', async () => {
    const p = detectPlatform({
      [BRIDGE_GLOBAL]: fakeBridge({
        printToPdf: vi.fn(async () => ({ ok: true as const, data: { saved: false as const } })),
      }),
    });
    expect(await p.printToPdf('bien-ban.pdf')).toEqual({ kind: 'pdf', saved: false });
  });

  it('browser: opens the print dialog', async () => {
    const print = vi.fn();
    vi.stubGlobal('window', { print });
    try {
      const p = detectPlatform({});
      expect(await p.printToPdf('bien-ban.pdf')).toEqual({ kind: 'dialog' });
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('detectPlatform', () => {
  it('uses the desktop bridge when the preload exposed it', async () => {
    const api = fakeBridge();
    const p = detectPlatform({ [BRIDGE_GLOBAL]: api });
    expect(p.kind).toBe('desktop');
    const bytes = new Uint8Array([1, 2, 3]);
    const outcome = await p.saveFile('a.xlsx', bytes, [{ name: 'Excel', extensions: ['xlsx'] }]);
    expect(outcome).toEqual({ saved: true, path: 'C:\\DTI\\a.xlsx', fileName: 'a.xlsx' });
    expect(api.saveFile).toHaveBeenCalledWith({
      suggestedName: 'a.xlsx',
      bytes,
      filters: [{ name: 'Excel', extensions: ['xlsx'] }],
    });
  });

  it('turns a refused desktop call into a PlatformError with the Vietnamese reason', async () => {
    const p = detectPlatform({ [BRIDGE_GLOBAL]: fakeBridge() });
    await expect(p.openExternal('file:///etc/passwd')).rejects.toThrow(PlatformError);
    await expect(p.openExternal('file:///etc/passwd')).rejects.toThrow('Chỉ mở được liên kết');
  });

  it("a batch picked on the desktop comes from the bridge's dialog, every file already read", async () => {
    const api = fakeBridge({
      openFiles: vi.fn(async () => ({
        ok: true as const,
        data: {
          files: [{ name: 'a.xlsx', bytes: new Uint8Array([1, 2]) }],
          refused: [{ name: 'b.xlsx', reason: 'x' }],
        },
      })),
    });
    const batch = await detectPlatform({ [BRIDGE_GLOBAL]: api }).openFileBatch({ filters: [], maxFiles: 1000 });
    expect(api.openFiles).toHaveBeenCalledWith({ multiple: true, filters: [], maxFiles: 1000 });
    expect(batch.refused).toEqual([{ name: 'b.xlsx', reason: 'x' }]);
    expect([batch.files[0]?.name, [...(await batch.files[0]!.bytes)]]).toEqual(['a.xlsx', [1, 2]]);
  });

  it('falls back to the browser when there is no bridge, or a malformed one', () => {
    expect(detectPlatform({}).kind).toBe('browser');
    expect(detectPlatform({ [BRIDGE_GLOBAL]: { saveFile: 'not a function' } }).kind).toBe('browser');
  });

  it('every platform call reaches its bridge function', async () => {
    const api = fakeBridge();
    const p = detectPlatform({ [BRIDGE_GLOBAL]: api });
    await p.openFiles({ multiple: true, filters: [] });
    await p.revealFile('C:\\DTI\\a.xlsx');
    expect(await p.appInfo()).toMatchObject({ version: '0.1.0' });
    await p.saveFile('b.xlsx', new Uint8Array(), []);
    await p.printToPdf('b.pdf');
    expect(await p.backupStatus()).toMatchObject({ folder: 'C:\\DTI\\Backups' });
    expect(await p.writeAutoBackup('daily', new Uint8Array([1]))).toEqual({ written: false });
    expect(await p.saveBackup('a.dtidesk', new Uint8Array([1]))).toEqual({ saved: false });
    expect(await p.openBackup()).toEqual({ file: null });
    await expect(p.readAutoBackup('x')).rejects.toThrow('x');
    expect(api.writeAutoBackup).toHaveBeenCalledWith({ reason: 'daily', bytes: new Uint8Array([1]) });
    for (const name of Object.keys(API_CHANNELS) as (keyof DesktopApi)[]) {
      if (name === 'openExternal') continue; // covered by the refusal case above
      expect(api[name], name).toHaveBeenCalledTimes(1);
    }
    expect(api.revealFile).toHaveBeenCalledWith({ path: 'C:\\DTI\\a.xlsx' });
  });
});
