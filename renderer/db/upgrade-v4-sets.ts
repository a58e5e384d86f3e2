import type { Transaction } from 'dexie';
import { booksWithLogs, type HistoryLog } from '@shared/history/log';
import { setsFromEntries } from './entry-sets';
import type { EntryRow } from './types';

/**
 * v3 → v4: every assessment's entries become one row of `entrySets` and its indicators' logs one row of
 * `historyBooks`; no entry, line or value is dropped or changed.
 */
export async function upgradeToSetsV4(tx: Transaction): Promise<void> {
  const entries = await tx.table<EntryRow, [string, string]>('entries').toArray();
  if (entries.length) await tx.table('entrySets').bulkAdd(setsFromEntries(entries));
  const logs = await tx.table<HistoryLog, [string, string]>('historyLogs').toArray();
  if (logs.length) await tx.table('historyBooks').bulkAdd(booksWithLogs(new Map(), logs));
}
