import Dexie, { type EntityTable } from 'dexie';
import { DB_NAME, SCHEMA_V1 } from './schema';
import type { AssessmentRow, EntryRow, FrameworkRow, HistoryRow, MetaRow, UnitRow } from './types';

/** The app's IndexedDB database with every schema version declared. */
export class DtiDatabase extends Dexie {
  meta!: EntityTable<MetaRow, 'key'>;
  units!: EntityTable<UnitRow, 'code'>;
  frameworks!: Dexie.Table<FrameworkRow, [string, string]>;
  assessments!: EntityTable<AssessmentRow, 'id'>;
  entries!: Dexie.Table<EntryRow, [string, string]>;
  history!: EntityTable<HistoryRow, 'seq'>;

  constructor(name = DB_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // 'strict' makes Chromium flush a committed transaction to disk before reporting it done, so what the
    // screen shows as saved survives a killed process.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
  }
}
