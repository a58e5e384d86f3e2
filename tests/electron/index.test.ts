import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '@shared/ipc/contract';
import type * as ElectronMock from './mock-electron';

vi.mock('electron', () => import('./mock-electron'));

type Mock = typeof ElectronMock;

/** Loads the main entry fresh (it runs on import, like in Electron) against the mock it will see. */
async function start(configure: (mock: Mock) => void = () => undefined): Promise<Mock> {
  vi.resetModules();
  const mock = (await import('electron')) as unknown as Mock;
  mock.resetElectronMock();
  mock.app.setPath('appData', appData);
  mock.app.setPath.mockClear();
  configure(mock);
  await import('../../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 0)); // let whenReady().then run
  return mock;
}

let appData: string;
beforeEach(() => {
  appData = mkdtempSync(join(tmpdir(), 'dti-appdata-'));
});
afterEach(() => rmSync(appData, { recursive: true, force: true }));

describe('main entry', () => {
  it('pins userData to appData/DTI Desk before taking the single-instance lock', async () => {
    const mock = await start();
    expect(mock.app.setPath).toHaveBeenCalledWith('userData', join(appData, 'DTI Desk'));
    const pinned = mock.app.setPath.mock.invocationCallOrder[0]!;
    const locked = mock.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!;
    expect(pinned).toBeLessThan(locked);
  });

  it('registers the app: scheme before the app is ready', async () => {
    const mock = await start();
    const scheme = mock.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    const ready = mock.app.whenReady.mock.invocationCallOrder[0]!;
    expect(scheme).toBeLessThan(ready);
  });

  it('on ready: guards, protocol, every IPC channel, then one window on app://dti-desk', async () => {
    const mock = await start();
    expect(mock.app.listenerCount('web-contents-created')).toBe(1);
    expect(mock.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...mock.ipcMain.handlers.keys()].sort()).toEqual(Object.values(API_CHANNELS).sort());
    expect(mock.BrowserWindow.instances).toHaveLength(1);
    expect(mock.BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('app://dti-desk/index.html');
    const protocolAt = mock.protocol.handle.mock.invocationCallOrder[0]!;
    const ipcAt = mock.ipcMain.handle.mock.invocationCallOrder[0]!;
    const loadAt = mock.BrowserWindow.instances[0]!.loadURL.mock.invocationCallOrder[0]!;
    expect(protocolAt).toBeLessThan(loadAt);
    expect(ipcAt).toBeLessThan(loadAt);
  });

  it('quits at once when another instance holds the lock, opening nothing', async () => {
    const mock = await start((m) => m.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
    expect(mock.ipcMain.handle).not.toHaveBeenCalled();
    expect(mock.BrowserWindow.instances).toHaveLength(0);
  });

  it('a second launch focuses the existing window instead of opening another', async () => {
    const mock = await start();
    const window = mock.BrowserWindow.instances[0]!;
    window.minimized = true;
    mock.app.emit('second-instance', {}, ['dti-desk'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(mock.BrowserWindow.instances).toHaveLength(1);
    expect(mock.app.quit).not.toHaveBeenCalled();
  });

  it('quits when the last window closes (outside macOS)', async () => {
    const mock = await start();
    mock.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(mock.app.quit).not.toHaveBeenCalled();
    else expect(mock.app.quit).toHaveBeenCalled();
  });
});
