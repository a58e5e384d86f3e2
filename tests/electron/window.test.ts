import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, invoke, ipcEvent, ipcMain, MockBrowserWindow, resetElectronMock, screen } from './mock-electron';
import { DEFAULT_WINDOW_STATE, loadWindowState, restoreWindowState } from '../../electron/main/window-state';
import { createMainWindow, focusMainWindow, getMainWindow, SAVE_DELAY_MS } from '../../electron/main/window';
import { handle } from '../../electron/main/ipc/register';

vi.mock('electron', () => import('./mock-electron'));

const display = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('restoreWindowState', () => {
  it.each([
    ['null', null],
    ['a string', 'big'],
    ['an array', [1280, 800]],
    ['strings for numbers', { width: '1280', height: '800' }],
    ['NaN and Infinity', { width: Number.NaN, height: Number.POSITIVE_INFINITY }],
    ['tiny sizes', { width: 10, height: 10 }],
    ['absurd sizes', { width: 1e9, height: 1e9 }],
    ['fractions', { width: 1000.5, height: 700.25 }],
  ])('falls back to the default size for %s', (_what, input) => {
    expect(restoreWindowState(input, display)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('keeps a valid state', () => {
    expect(restoreWindowState({ x: 40, y: 30, width: 1400, height: 900, maximized: true }, display)).toEqual({
      x: 40,
      y: 30,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('drops a position that is on no connected display, keeping the size', () => {
    expect(restoreWindowState({ x: 5000, y: 3000, width: 1400, height: 900 }, display)).toEqual({
      width: 1400,
      height: 900,
      maximized: false,
    });
    expect(restoreWindowState({ x: 40, y: 30, width: 1400, height: 900 }, [])).not.toHaveProperty('x');
  });

  it('treats only `true` as maximised', () => {
    expect(restoreWindowState({ width: 1280, height: 800, maximized: 'yes' }, display).maximized).toBe(false);
  });
});

describe('main window', () => {
  let userData: string;
  beforeEach(() => {
    resetElectronMock();
    userData = mkdtempSync(join(tmpdir(), 'dti-win-'));
    app.setPath('userData', userData);
    screen.getAllDisplays.mockReturnValue([{ workArea: display[0]! }]);
  });
  afterEach(() => {
    vi.useRealTimers();
    rmSync(userData, { recursive: true, force: true });
  });

  it('is isolated, sandboxed, Node-free and loads app://dti-desk/index.html', () => {
    const window = createMainWindow() as unknown as MockBrowserWindow;
    const prefs = window.options.webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(join(__dirname, '..', '..', 'electron', 'main', 'preload.cjs'));
    expect(window.loadURL).toHaveBeenCalledWith('app://dti-desk/index.html');
  });

  it('has no DevTools in a packaged build', () => {
    expect((createMainWindow() as unknown as MockBrowserWindow).options.webPreferences!.devTools).toBe(true);
    app.isPackaged = true;
    expect((createMainWindow() as unknown as MockBrowserWindow).options.webPreferences!.devTools).toBe(false);
  });

  it('is trusted for IPC (and a window the app did not create is not)', async () => {
    const window = createMainWindow() as unknown as MockBrowserWindow;
    handle('app:info', () => ({}) as never);
    expect(await invoke('app:info', ipcEvent(window.webContents), {})).toMatchObject({ ok: true });
    const stranger = new MockBrowserWindow({});
    expect(await invoke('app:info', ipcEvent(stranger.webContents), {})).toMatchObject({ ok: false });
    expect(ipcMain.handle).toHaveBeenCalledTimes(1);
  });

  it('starts with the defaults when window-state.json is corrupt', () => {
    writeFileSync(join(userData, 'window-state.json'), '{"width": 1400, "height":');
    const window = createMainWindow() as unknown as MockBrowserWindow;
    expect(window.options).toMatchObject({ width: DEFAULT_WINDOW_STATE.width, height: DEFAULT_WINDOW_STATE.height });
    expect(window.options).not.toHaveProperty('x');
    expect(window.maximize).not.toHaveBeenCalled();
    expect(loadWindowState(join(userData, 'window-state.json'), display)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('restores a saved size, position and maximised flag', () => {
    writeFileSync(
      join(userData, 'window-state.json'),
      JSON.stringify({ x: 50, y: 60, width: 1500, height: 950, maximized: true }),
    );
    const window = createMainWindow() as unknown as MockBrowserWindow;
    expect(window.options).toMatchObject({ x: 50, y: 60, width: 1500, height: 950 });
    expect(window.maximize).toHaveBeenCalled();
  });

  it('writes the state once after resizing settles, and on close', () => {
    vi.useFakeTimers();
    const file = join(userData, 'window-state.json');
    const window = createMainWindow() as unknown as MockBrowserWindow;
    window.bounds = { x: 10, y: 20, width: 1300, height: 850 };
    window.emit('resize');
    window.emit('move');
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 850,
      maximized: false,
    });

    window.bounds = { x: 10, y: 20, width: 1000, height: 700 };
    window.maximized = true;
    window.close();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(getMainWindow()).toBeNull();
  });

  it('focusMainWindow restores a minimised window and brings it forward', () => {
    const window = createMainWindow() as unknown as MockBrowserWindow;
    window.minimized = true;
    focusMainWindow();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(MockBrowserWindow.instances).toHaveLength(1);
  });
});
