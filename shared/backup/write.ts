import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTables } from './format';

/** What the writer is told besides the rows. */
export type BackupInfo = Omit<BackupHeader, 'format' | 'formatVersion' | 'counts' | 'sha256'>;

/** A backup ready to write: the header (for showing) and the file's bytes. */
export interface EncodedBackup {
  header: BackupHeader;
  bytes: Uint8Array;
}

/**
 * Encodes a whole database as a `.dtidesk` file (see ./format.ts). Table order is kept as given; the counts and
 * the SHA-256 are computed here, so a header can never disagree with its content.
 */
export function encodeBackup(tables: BackupTables, info: BackupInfo): EncodedBackup {
  const content = utf8ToBytes(JSON.stringify(tables));
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...info,
    counts,
    sha256: bytesToHex(sha256(content)),
  };
  const head = utf8ToBytes(`${JSON.stringify(header)}\n`);
  const bytes = new Uint8Array(head.byteLength + content.byteLength);
  bytes.set(head, 0);
  bytes.set(content, head.byteLength);
  return { header, bytes };
}

/** The file name offered for a backup: `DTI-Desk_sao-luu_2026-12-05_0755.dtidesk` (local time of `at`). */
export function backupFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
  return `DTI-Desk_sao-luu_${day}_${p(at.getHours())}${p(at.getMinutes())}.dtidesk`;
}
