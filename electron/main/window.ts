/**
 * The one BrowserWindow factory. Every window is isolated, sandboxed and Node-free, loads app://dti-desk, is
 * trusted for IPC, and remembers its size and position in userData/window-state.json.
 */
import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from './guards/app-url';
import { trustWebContents } from './ipc/register';
import { loadWindowState, MIN_HEIGHT, MIN_WIDTH, saveWindowState, windowStateFile } from './window-state';

/** Delay before a resize or move is written, so dragging does not write on every pixel. */
export const SAVE_DELAY_MS = 500;

let mainWindow: BrowserWindow | null = null;

/** dist/electron/preload.cjs, built next to main.cjs. */
export function preloadPath(): string {
  return join(__dirname, 'preload.cjs');
}

/** Creates the main window. */
export function createMainWindow(): BrowserWindow {
  const stateFile = windowStateFile(app.getPath('userData'));
  const state = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'DTI Desk',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath(), // eng-disable PRELOAD_JS_CHECK - reviewed: the preload only exposes one ipcRenderer.invoke wrapper per contract channel (tests/electron/preload.test.ts)
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Officers get no DevTools (F12, Ctrl+Shift+I) in the installed app; the menu has none either.
      devTools: !app.isPackaged,
      // Middle-click would open links in a new window; window.open is already denied, this closes the other door.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  trustWebContents(window.webContents);
  if (state.maximized) window.maximize();

  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
  window.on('closed', () => {
    clearTimeout(timer);
    if (mainWindow === window) mainWindow = null;
  });
  window.once('ready-to-show', () => window.show());

  mainWindow = window;
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** The main window, if it is open. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Brings the main window to the front (a second launch does this instead of opening a second copy). */
export function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) {
    if (app.isReady()) createMainWindow();
    return;
  }
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
