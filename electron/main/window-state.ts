/**
 * The main window's size, position and maximised flag, kept in userData/window-state.json.
 * Whatever is read back is treated as untrusted: a corrupt file, absurd numbers or a position on a monitor
 * that is no longer plugged in fall back to defaults.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The remembered window geometry. x/y are absent when the window should be centred. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** A display's usable area, as `screen.getAllDisplays()[i].workArea` gives it. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
const MAX_SIZE = 16384;
/** How much of the title bar must be on a display for a saved position to be reused. */
const VISIBLE_MARGIN = 48;

/** The file the state lives in. */
export function windowStateFile(userDataDir: string): string {
  return join(userDataDir, 'window-state.json');
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function isVisibleOn(x: number, y: number, width: number, displays: Area[]): boolean {
  return displays.some(
    (d) =>
      x + width - VISIBLE_MARGIN >= d.x &&
      x + VISIBLE_MARGIN <= d.x + d.width &&
      y >= d.y &&
      y + VISIBLE_MARGIN <= d.y + d.height,
  );
}

/** Checks a value read from disk and fills defaults; never throws. */
export function restoreWindowState(input: unknown, displays: Area[] = []): WindowState {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { ...DEFAULT_WINDOW_STATE };
  const raw = input as Record<string, unknown>;
  const sizeOk = (v: unknown, min: number): v is number => isInt(v) && v >= min && v <= MAX_SIZE;
  const width = sizeOk(raw.width, MIN_WIDTH) ? raw.width : DEFAULT_WINDOW_STATE.width;
  const height = sizeOk(raw.height, MIN_HEIGHT) ? raw.height : DEFAULT_WINDOW_STATE.height;
  const state: WindowState = { width, height, maximized: raw.maximized === true };
  const { x, y } = raw;
  if (
    isInt(x) &&
    isInt(y) &&
    Math.abs(x) <= MAX_SIZE * 4 &&
    Math.abs(y) <= MAX_SIZE * 4 &&
    isVisibleOn(x, y, width, displays)
  ) {
    state.x = x;
    state.y = y;
  }
  return state;
}

/** Reads the state file; a missing or corrupt file gives the defaults. */
export function loadWindowState(file: string, displays: Area[]): WindowState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  return restoreWindowState(parsed, displays);
}

/** Writes the state through a temporary file so a crash mid-write never leaves half a JSON. */
export function saveWindowState(file: string, state: WindowState): void {
  try {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}
