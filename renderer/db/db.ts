import { DtiDatabase } from './database';
import { DB_NAME } from './schema';

/**
 * The app's one database instance. It never opens itself: start-up (app/open-database.ts) checks what is on disk
 * first, so a database written by a newer app is refused before anything could upgrade or write it.
 */
export const db = new DtiDatabase(DB_NAME, { autoOpen: false });
