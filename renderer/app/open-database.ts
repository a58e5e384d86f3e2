import { storageText } from '../exchange/storage-text';
import { db } from '../db/db';
import { loadOfficialList } from '../db/official-lists';
import { judgeInstalled } from '../db/open-guard';
import { takeInspection } from './early-inspect';
import { backupBeforeUpgrade } from '../exchange/backup';
import { say } from '../i18n/say';

/** Whether the app may use its database: open (with problems to show) or refused (with the reason). */
export type DatabaseGate =
  { kind: 'checking' } | { kind: 'open'; problems: string[] } | { kind: 'refused'; message: string };

/**
 * Opens the app's database, the only place that does (the instance does not open itself): first reads what is on
 * disk without touching it; a database from a newer app, or one not shaped as this app knows, is refused before
 * anything is written. An older one is backed up as it is, then upgraded. Never throws.
 */
export async function openDatabase(): Promise<DatabaseGate> {
  let verdict;
  try {
    verdict = judgeInstalled(await takeInspection());
  } catch (e) {
    return { kind: 'refused', message: say('app.refused.unreadable', { error: storageText(e) }) };
  }
  if (verdict.kind === 'newer') return { kind: 'refused', message: say('app.refused.newer', verdict.params) };
  if (verdict.kind === 'foreign') return { kind: 'refused', message: verdict.message };
  const problems: string[] = [];
  if (verdict.kind === 'upgrade') {
    // A database from before the official lists (v1) is upgraded with the 2024 list at hand to match its units.
    if (verdict.from < 2) db.upgradeInputs.list2024 = await loadOfficialList('2024').catch(() => undefined);
    try {
      await backupBeforeUpgrade(verdict.from);
    } catch (e) {
      problems.push(say('app.problem.upgradeBackup', { error: storageText(e) }));
    }
  }
  try {
    await db.open();
  } catch (e) {
    return { kind: 'refused', message: say('app.refused.unopenable', { error: storageText(e) }) };
  }
  return { kind: 'open', problems };
}
