/**
 * The one stand-in for the `electron` module in tests (the real package would try to download a binary).
 * Every spec that touches electron code starts with
 *   vi.mock('electron', () => import('./mock-electron'));
 * and calls `resetElectronMock()` in `beforeEach`. Objects keep their identity across resets, so modules
 * that captured them at import time still see the fresh state.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

/** A minimal WebFrameMain: just what the IPC sender check reads. */
export interface MockFrame {
  url: string;
  parent: MockFrame | null;
}

/** A Session whose permission handlers are kept for inspection. */
export class MockSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
}

let nextId = 1;

/** A WebContents: an event emitter with an id, a main frame, a session and a window-open handler slot. */
export class MockWebContents extends EventEmitter {
  id = nextId++;
  session = new MockSession();
  mainFrame: MockFrame = { url: 'app://dti-desk/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  destroy(): void {
    this.emit('destroyed');
  }
}

/** A BrowserWindow recording its options, bounds and the calls the app makes on it. */
export class MockBrowserWindow extends EventEmitter {
  static instances: MockBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => MockBrowserWindow.instances.filter((w) => !w.destroyed));
  static fromWebContents = vi.fn(
    (contents: MockWebContents) => MockBrowserWindow.instances.find((w) => w.webContents === contents) ?? null,
  );

  webContents = new MockWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  bounds: { x: number; y: number; width: number; height: number };
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  maximize = vi.fn(() => {
    this.maximized = true;
  });
  isMinimized = () => this.minimized;
  isMaximized = () => this.maximized;
  isDestroyed = () => this.destroyed;
  getNormalBounds = () => ({ ...this.bounds });

  constructor(public options: Record<string, unknown> & { webPreferences?: Record<string, unknown> }) {
    super();
    this.bounds = {
      x: (options.x as number | undefined) ?? 100,
      y: (options.y as number | undefined) ?? 100,
      width: (options.width as number | undefined) ?? 800,
      height: (options.height as number | undefined) ?? 600,
    };
    MockBrowserWindow.instances.push(this);
  }

  /** Simulates the user closing the window. */
  close(): void {
    this.emit('close', { preventDefault: vi.fn() });
    this.destroyed = true;
    this.emit('closed');
    this.webContents.destroy();
  }
}

const paths: Record<string, string> = {};

class MockApp extends EventEmitter {
  ready = false;
  isPackaged = false;
  getPath = vi.fn((name: string) => {
    const path = paths[name];
    if (!path) throw new Error(`mock app.getPath: no path for ${name}`);
    return path;
  });
  setPath = vi.fn((name: string, value: string) => {
    paths[name] = value;
  });
  getName = vi.fn(() => 'DTI Desk');
  getVersion = vi.fn(() => '0.1.0');
  requestSingleInstanceLock = vi.fn(() => true);
  quit = vi.fn();
  isReady = vi.fn(() => this.ready);
  whenReady = vi.fn(() => Promise.resolve());
}

export const app = new MockApp();

/** Menu keeps the last template installed. */
export const Menu = {
  installed: null as unknown,
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn((menu: unknown) => {
    Menu.installed = menu;
  }),
};

/** ipcMain keeps its handlers so tests can call them like a renderer would. */
export const ipcMain = {
  handlers: new Map<string, (event: unknown, arg: unknown) => unknown>(),
  handle: vi.fn((channel: string, handler: (event: unknown, arg: unknown) => unknown) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
};

export const ipcRenderer = {
  invoke: vi.fn(async (channel: string, arg: unknown): Promise<unknown> => ({ ok: true, data: { channel, arg } })),
  on: vi.fn(),
  send: vi.fn(),
  sendSync: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

export const dialog = {
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })),
};

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  showItemInFolder: vi.fn((_path: string) => undefined),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
    protocol.handlers.set(scheme, handler);
  }),
};

export const session = { defaultSession: new MockSession() };

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

export const BrowserWindow = MockBrowserWindow;

/** Puts every mock back to its initial state (listeners, handlers, windows, spies, paths). */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.ready = false;
  app.isPackaged = false;
  Menu.installed = null;
  app.requestSingleInstanceLock.mockImplementation(() => true);
  app.whenReady.mockImplementation(() => Promise.resolve());
  for (const key of Object.keys(paths)) delete paths[key];
  Object.assign(paths, {
    appData: '/home/user/.config',
    documents: '/home/user/Documents',
    userData: '/home/user/.config/dti-desk',
  });
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  protocol.handlers.clear();
  MockBrowserWindow.instances = [];
  session.defaultSession = new MockSession();
  dialog.showSaveDialog.mockImplementation(async () => ({ canceled: true, filePath: '' }));
  dialog.showOpenDialog.mockImplementation(async () => ({ canceled: true, filePaths: [] }));
  screen.getAllDisplays.mockImplementation(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]);
}

/** An IPC event as main receives it: from `contents`, with `frame` as the sender frame (default: its main frame). */
export function ipcEvent(contents: MockWebContents, frame: MockFrame | null = contents.mainFrame) {
  return { sender: contents, senderFrame: frame };
}

/** Calls a registered `ipcMain.handle` handler the way a renderer's `invoke` would reach it. */
export async function invoke(channel: string, event: unknown, arg: unknown): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler registered for ${channel}`);
  return handler(event, arg);
}

export default {
  app,
  ipcMain,
  ipcRenderer,
  contextBridge,
  dialog,
  shell,
  protocol,
  session,
  screen,
  BrowserWindow,
};
