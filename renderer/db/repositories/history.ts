import {
  appendChanges,
  booksWithLogs,
  logKey,
  logOfBook,
  logsOfBook,
  recordInLog,
  type HistoryChange,
  type HistoryLog,
} from '@shared/history/log';
import type { DtiDatabase } from '../database';
import type { HistoryBookRow, HistoryRow } from '../types';

/** Consecutive edits of one field within this window count as one change (old → final) in the history. */
export const HISTORY_COALESCE_MS = 60_000;

/**
 * Records a change inside the caller's transaction. Typing "125" writes three times; the history keeps one line
 * "'' → '125'", because the latest line for the same field, younger than the window, is extended instead.
 */
export async function recordChange(db: DtiDatabase, change: HistoryChange): Promise<void> {
  const book = await db.historyBooks.get(change.assessmentId);
  const log = recordInLog(logOfBook(book, change.code), change, HISTORY_COALESCE_MS);
  const books = new Map<string, HistoryBookRow>(book ? [[book.assessmentId, book]] : []);
  await db.historyBooks.bulkPut(booksWithLogs(books, [log]));
}

/** Appends changes (any assessments and indicators) to their logs inside the caller's transaction, in order. */
export async function appendHistory(db: DtiDatabase, changes: readonly HistoryChange[]): Promise<void> {
  // No early return: inside a transaction, an async helper that awaits no Dexie request can lose the
  // transaction's zone for the caller's next request (see unit-correction.ts). Reading no ids is cheap.
  const ids = [...new Set(changes.map((c) => c.assessmentId))];
  await db.historyBooks.bulkPut(booksAfterChanges(await db.historyBooks.bulkGet(ids), changes));
}

/**
 * The books to put once `changes` are appended, given the books held for the changes' assessments (undefined for
 * one that has none yet): for a caller that read them already, in the same transaction.
 */
export function booksAfterChanges(
  held: readonly (HistoryBookRow | undefined)[],
  changes: readonly HistoryChange[],
): HistoryBookRow[] {
  const books = new Map<string, HistoryBookRow>();
  const logs = new Map<string, HistoryLog>();
  for (const book of held) {
    if (!book) continue;
    books.set(book.assessmentId, book);
    for (const log of logsOfBook(book)) logs.set(logKey(log.assessmentId, log.code), log);
  }
  return booksWithLogs(books, appendChanges(logs, changes));
}

/** The history of one indicator (code '' for Thông tin chung), newest first; `seq` is a line's place in its log. */
export async function historyOf(db: DtiDatabase, assessmentId: string, code: string): Promise<HistoryRow[]> {
  const log = logOfBook(await db.historyBooks.get(assessmentId), code);
  return (log?.lines ?? []).map((line, seq) => ({ seq, assessmentId, code, ...line })).reverse();
}
