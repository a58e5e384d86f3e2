import { appendChanges, logKey, recordInLog, type HistoryChange } from '@shared/history/log';
import type { DtiDatabase } from '../database';
import type { HistoryLogRow, HistoryRow } from '../types';

/** Consecutive edits of one field within this window count as one change (old → final) in the history. */
export const HISTORY_COALESCE_MS = 60_000;

/**
 * Records a change inside the caller's transaction. Typing "125" writes three times; the history keeps one line
 * "'' → '125'", because the latest line for the same field, younger than the window, is extended instead.
 */
export async function recordChange(db: DtiDatabase, change: HistoryChange): Promise<void> {
  const log = await db.historyLogs.get([change.assessmentId, change.code]);
  await db.historyLogs.put(recordInLog(log, change, HISTORY_COALESCE_MS));
}

/** Appends changes (any assessments and indicators) to their logs inside the caller's transaction, in order. */
export async function appendHistory(db: DtiDatabase, changes: readonly HistoryChange[]): Promise<void> {
  if (!changes.length) return;
  const keys = [...new Map(changes.map((c) => [logKey(c.assessmentId, c.code), c])).values()].map(
    (c) => [c.assessmentId, c.code] as [string, string],
  );
  const found = await db.historyLogs.bulkGet(keys);
  const logs = new Map<string, HistoryLogRow>();
  for (const log of found) if (log) logs.set(logKey(log.assessmentId, log.code), log);
  await db.historyLogs.bulkPut(appendChanges(logs, changes));
}

/** The history of one indicator (code '' for Thông tin chung), newest first; `seq` is a line's place in its log. */
export async function historyOf(db: DtiDatabase, assessmentId: string, code: string): Promise<HistoryRow[]> {
  const log = await db.historyLogs.get([assessmentId, code]);
  return (log?.lines ?? []).map((line, seq) => ({ seq, assessmentId, code, ...line })).reverse();
}
