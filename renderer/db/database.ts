import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, SCHEMA_VERSIONS } from './schema';
import type { UpgradeInputs } from './upgrade-v2-units';
import type { AssessmentRow, EntrySetRow, FrameworkRow, HistoryBookRow, MetaRow, UnitRow } from './types';

/** How to open the database: another IndexedDB (tests), an older version (upgrade tests, old backups). */
export interface DatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Declare only the versions up to this one, as an older app would. */
  maxVersion?: number;
  /** False for the app's instance: nothing may open (and so upgrade) the database before start-up checked it. */
  autoOpen?: boolean;
  /**
   * 'strict' (default): Chromium flushes each committed transaction to disk before reporting it done, so what the
   * screen shows as saved survives a crash of the machine. 'relaxed' only for a batch connection (./db.ts
   * `batchDb`) whose batch ends with a strict transaction on the app's own connection: that one flush carries them all.
   */
  durability?: 'strict' | 'relaxed';
}

/** The app's IndexedDB database with every schema version declared. */
export class DtiDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  units!: EntityTable<UnitRow, 'code'>;
  frameworks!: Dexie.Table<FrameworkRow, [string, string]>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  entrySets!: EntityTable<EntrySetRow, 'assessmentId'>;
  historyBooks!: EntityTable<HistoryBookRow, 'assessmentId'>;
  /** Set before `open()` when an upgrade is pending; read by the upgrade functions (see schema.ts). */
  upgradeInputs: UpgradeInputs = {};

  constructor(name = DB_NAME, options: DatabaseOptions = {}) {
    const { maxVersion = Infinity, durability = 'strict', ...dexieOptions } = options;
    super(name, { ...dexieOptions, chromeTransactionDurability: durability });
    for (const v of SCHEMA_VERSIONS) {
      if (v.version > maxVersion) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The schema version a database of this name has on disk (0 when it does not exist yet), without opening it. */
export async function versionOnDisk(name = DB_NAME, factory: IDBFactory = indexedDB): Promise<number> {
  const found = (await factory.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n × 10.
  return found?.version ? found.version / 10 : 0;
}
