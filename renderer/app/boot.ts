import { versionOnDisk } from '../db/database';
import { db } from '../db/db';
import { loadOfficialList } from '../db/official-lists';
import { matchPendingUnits } from '../db/repositories/units';
import { ensureShippedFrameworks, fetchShippedFile } from '../db/repositories/frameworks';

/** What start-up found: problems to show (storage refused, a shipped framework that failed to load). */
export interface BootReport {
  problems: string[];
}

/**
 * Opens the database, loads the shipped frameworks on first run and asks the browser to keep the data
 * persistently. Never throws: what went wrong is reported in Vietnamese.
 */
export async function boot(): Promise<BootReport> {
  const problems: string[] = [];
  try {
    // A database from before the official lists (v1) is upgraded with the 2024 list at hand to match its units.
    const onDisk = await versionOnDisk().catch(() => 0);
    if (onDisk > 0 && onDisk < 2) db.upgradeInputs.list2024 = await loadOfficialList('2024').catch(() => undefined);
    await db.open();
  } catch (e) {
    problems.push(`Không mở được cơ sở dữ liệu trên máy: ${e instanceof Error ? e.message : String(e)}`);
    return { problems };
  }
  try {
    problems.push(...(await ensureShippedFrameworks(db, fetchShippedFile)));
  } catch (e) {
    problems.push(`Không nạp được bộ chỉ số mặc định: ${e instanceof Error ? e.message : String(e)}`);
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
