import type { DtiDatabase } from '../database';
import type { HistoryRow } from '../types';

/** Consecutive edits of one field within this window count as one change (old → final) in the history. */
export const HISTORY_COALESCE_MS = 60_000;

/**
 * Records a change inside the caller's transaction. Typing "125" writes three times; the history keeps one line
 * "'' → '125'", because the latest line for the same field, younger than the window, is extended instead.
 */
export async function recordChange(db: DtiDatabase, change: Omit<HistoryRow, 'seq'>): Promise<void> {
  const last = await db.history
    .where('[assessmentId+code]')
    .equals([change.assessmentId, change.code])
    .reverse()
    .first();
  if (last && last.seq !== undefined && last.field === change.field && change.at - last.at < HISTORY_COALESCE_MS) {
    if (last.old === change.new) await db.history.delete(last.seq);
    else await db.history.update(last.seq, { new: change.new, at: change.at });
    return;
  }
  await db.history.add(change);
}

/** The history of one indicator (code '' for Thông tin chung), newest first. */
export async function historyOf(db: DtiDatabase, assessmentId: string, code: string): Promise<HistoryRow[]> {
  const rows = await db.history.where('[assessmentId+code]').equals([assessmentId, code]).toArray();
  return rows.reverse();
}
