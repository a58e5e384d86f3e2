import { DtiDatabase } from './database';
import { DB_NAME } from './schema';

/**
 * The app's one database instance. It never opens itself: start-up (app/open-database.ts) checks what is on disk
 * first, so a database written by a newer app is refused before anything could upgrade or write it.
 */
export const db = new DtiDatabase(DB_NAME, { autoOpen: false });

let batch: DtiDatabase | undefined;
/**
 * A second connection for a batch of many small transactions (an import of a province's files): its commits are
 * relaxed, not each flushed to disk, and the batch ends with one strict transaction on `db`, whose flush carries them
 * all (IndexedDB's log is written in commit order). Nothing is shown as saved before that flush. Opened on first use,
 * which comes after start-up opened `db`.
 */
export function batchDb(): DtiDatabase {
  return (batch ??= new DtiDatabase(DB_NAME, { durability: 'relaxed' }));
}
