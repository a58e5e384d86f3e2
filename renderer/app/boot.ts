import { storageText } from '../exchange/storage-text';
import { db } from '../db/db';
import { say } from '../i18n/say';
import { loadOfficialList } from '../db/official-lists';
import { matchPendingUnits } from '../db/repositories/units';
import { ensureShippedFrameworks, fetchShippedFile } from '../db/repositories/frameworks';

/** What start-up found: problems to show (storage refused, a shipped framework that failed to load). */
export interface BootReport {
  problems: string[];
}

/**
 * After the database is open (app/open-database.ts): loads the shipped frameworks on first run, asks the browser to
 * keep the data persistently. Never throws: what went wrong is reported in Vietnamese.
 */
export async function boot(): Promise<BootReport> {
  const problems: string[] = [];
  try {
    problems.push(...(await ensureShippedFrameworks(db, fetchShippedFile)));
  } catch (e) {
    problems.push(say('app.problem.shipped', { error: storageText(e) }));
  }
  try {
    if ((await db.units.filter((u) => u.official === undefined && u.list !== undefined).count()) > 0)
      await matchPendingUnits(db, await loadOfficialList('2024'));
  } catch {
    // Left unmatched (shown as hand-added); tried again at the next start.
  }
  try {
    if (navigator.storage?.persist && !(await navigator.storage.persisted())) await navigator.storage.persist();
  } catch {
    // Persistence is a request the browser may ignore; the settings page shows what was granted.
  }
  return { problems };
}
