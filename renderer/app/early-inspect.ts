/**
 * The installed database is inspected (listed, opened as it is, closed: app/open-database.ts) as soon as the app's
 * code runs, before React and the first screen are evaluated and rendered: the browser does that disk work while the
 * page starts, instead of after the shell's first render. Imported first by main.tsx. Reads only, as before.
 */
import { type InstalledDatabase, inspectInstalled } from '../db/open-guard';

let early: Promise<InstalledDatabase> | undefined = typeof indexedDB === 'undefined' ? undefined : inspectInstalled();
// Handled here so that a failure waits for the gate to report it rather than surfacing as an unhandled rejection.
early?.catch(() => undefined);

/** The inspection started at load the first time (once), a fresh one after that (e.g. a database restored since). */
export function takeInspection(): Promise<InstalledDatabase> {
  const p = early ?? inspectInstalled();
  early = undefined;
  return p;
}
