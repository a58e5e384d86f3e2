import type { Transaction } from 'dexie';
import { logsFromLines } from '@shared/history/log';
import type { HistoryRow } from './types';

/** v2 → v3: every row of `history` becomes a line of its indicator's log in `historyLogs`, in `seq` order. */
export async function upgradeHistoryToV3(tx: Transaction): Promise<void> {
  const rows = await tx.table<HistoryRow, number>('history').toArray();
  if (rows.length) await tx.table('historyLogs').bulkAdd(logsFromLines(rows));
}
