/**
 * The change history of one assessment, kept as one log per indicator (code '' for Thông tin chung, imports and
 * unit corrections): every change to it, oldest first. One stored row per log instead of one per change keeps a
 * district's database small in rows (129 communes × 3 revisions: about 6,500 logs instead of 84,000 lines), and
 * IndexedDB's cost is per row: backup and restore read and write a tenth of the rows (see bench/backup.mjs).
 */

/** One change of one field. */
export interface HistoryLine {
  field: string;
  old: string;
  new: string;
  /** Epoch milliseconds. */
  at: number;
}

/** The stored log of one indicator of one assessment. */
export interface HistoryLog {
  assessmentId: string;
  code: string;
  /** Oldest first. */
  lines: HistoryLine[];
}

/** A change as the rest of the app sees it: the line with the indicator it belongs to. */
export interface HistoryChange extends HistoryLine {
  assessmentId: string;
  code: string;
}

const lineOf = (c: HistoryChange): HistoryLine => ({ field: c.field, old: c.old, new: c.new, at: c.at });

/** The log key of a change, for grouping (assessment ids and codes never hold a tab). */
export const logKey = (assessmentId: string, code: string): string => `${assessmentId}\t${code}`;

/**
 * Changes appended to the logs they belong to, in the given order: `logs` holds the existing logs by `logKey`
 * (absent ones start empty); returns only the logs that changed, new objects, the given ones untouched.
 */
export function appendChanges(logs: ReadonlyMap<string, HistoryLog>, changes: readonly HistoryChange[]): HistoryLog[] {
  const out = new Map<string, HistoryLog>();
  for (const c of changes) {
    const key = logKey(c.assessmentId, c.code);
    let log = out.get(key);
    if (!log) {
      const had = logs.get(key);
      log = { assessmentId: c.assessmentId, code: c.code, lines: had ? [...had.lines] : [] };
      out.set(key, log);
    }
    log.lines.push(lineOf(c));
  }
  return [...out.values()];
}

/**
 * One change recorded in a log, coalescing within `windowMs`: when the log's latest line is the same field and
 * younger than the window, it is extended (old → new) instead, or dropped when the change undoes it. Returns the
 * new log.
 */
export function recordInLog(log: HistoryLog | undefined, change: HistoryChange, windowMs: number): HistoryLog {
  const lines = log ? [...log.lines] : [];
  const last = lines[lines.length - 1];
  if (last && last.field === change.field && change.at - last.at < windowMs) {
    if (last.old === change.new) lines.pop();
    else lines[lines.length - 1] = { ...last, new: change.new, at: change.at };
  } else lines.push(lineOf(change));
  return { assessmentId: change.assessmentId, code: change.code, lines };
}

/** Every line of the logs as changes, log by log, oldest first within each. */
export function flattenLogs(logs: readonly HistoryLog[]): HistoryChange[] {
  return logs.flatMap((l) => l.lines.map((line) => ({ assessmentId: l.assessmentId, code: l.code, ...line })));
}

/** The v2 history table (one row per change, in `seq` order) as logs: the v2 → v3 upgrade, nothing dropped. */
export function logsFromLines(rows: readonly (HistoryChange & { seq?: number })[]): HistoryLog[] {
  const sorted = [...rows].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return appendChanges(new Map(), sorted);
}

/**
 * v4: the history of one assessment in one stored row, each indicator's log by its code ('' for Thông tin chung,
 * imports and unit corrections). IndexedDB charges per row: a district's 129 communes × 3 revisions are 129 books
 * instead of about 6,500 logs, and backup and restore write and read a fiftieth of the rows.
 */
export interface HistoryBook {
  assessmentId: string;
  logs: Record<string, HistoryLine[]>;
}

/** The log of one indicator in a book (undefined when it has none). */
export function logOfBook(book: HistoryBook | undefined, code: string): HistoryLog | undefined {
  const lines = book && Object.hasOwn(book.logs, code) ? book.logs[code] : undefined;
  return lines && book ? { assessmentId: book.assessmentId, code, lines } : undefined;
}

/** Every log of a book, by code in IndexedDB's key order (the order v3's table held them in). */
export function logsOfBook(book: HistoryBook): HistoryLog[] {
  return Object.keys(book.logs)
    .sort()
    .map((code) => ({ assessmentId: book.assessmentId, code, lines: book.logs[code] ?? [] }));
}

/**
 * Logs (any assessments) put into their books: `books` holds the existing books by assessment id; a log replaces
 * its indicator's. Returns only the books that changed, new objects, the given ones untouched.
 */
export function booksWithLogs(books: ReadonlyMap<string, HistoryBook>, logs: readonly HistoryLog[]): HistoryBook[] {
  const out = new Map<string, HistoryBook>();
  for (const log of logs) {
    let book = out.get(log.assessmentId);
    if (!book) {
      book = { assessmentId: log.assessmentId, logs: { ...books.get(log.assessmentId)?.logs } };
      out.set(log.assessmentId, book);
    }
    book.logs[log.code] = log.lines;
  }
  return [...out.values()];
}
