/**
 * The `.dtidesk` backup file: the whole database of one machine in one self-describing text file.
 *
 * Layout (UTF-8, two lines):
 *   line 1  the header, one JSON object: `format`, `formatVersion`, `appVersion`, `createdAt`, `schemaVersion`,
 *           `counts` (rows per table), `sha256` (of line 2's bytes), and what it is about (`unit`, `periods`);
 *   line 2  the content, one JSON object: table name → every row of that table.
 * The header can be read without parsing the content (a list of backups shows it), and the SHA-256 is taken over
 * the exact bytes of line 2, so no canonical JSON is needed to check it.
 */

/** The value of `format` in every backup header. */
export const BACKUP_FORMAT = 'dti-desk-backup';
/** The format this app writes and the newest it reads. Raise it when the layout changes. */
export const BACKUP_FORMAT_VERSION = 1;
/** The file extension, without the dot. */
export const BACKUP_EXTENSION = 'dtidesk';

/** Why a backup was made: by the officer, at start (once a day), before an import batch, a schema upgrade, a restore. */
export type BackupReason = 'manual' | 'daily' | 'import' | 'upgrade' | 'restore';

/** Who the machine's data belongs to, as far as the backup knows. */
export interface BackupUnit {
  code: string;
  name: string;
  /** 'district' for the verifier's machine, 'commune' (or ward/town) for a commune's. */
  type: string;
}

/** Line 1 of a backup file. */
export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The app version that wrote the file, e.g. "0.1.0". */
  appVersion: string;
  /** ISO 8601 time the backup was taken. */
  createdAt: string;
  /** The database schema version the rows are in (Dexie's version number). */
  schemaVersion: number;
  reason: BackupReason;
  /** Rows per table, in the content's table order. */
  counts: Record<string, number>;
  /** Lower-case hex SHA-256 of line 2's UTF-8 bytes. */
  sha256: string;
  unit?: BackupUnit;
  /** Period keys of the assessments held ('2024', '2025-6T'), sorted. */
  periods: string[];
}

/** The database content: table name → rows. Rows are plain JSON objects. */
export type BackupTables = Record<string, unknown[]>;
