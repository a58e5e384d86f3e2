import { DtiDatabase } from './database';

/** The app's one database instance. */
export const db = new DtiDatabase();
