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

/** A SHA-256 of bytes as lower-case hex; the app passes Web Crypto's (native, off the JS heap). */
export type Sha256Hex = (bytes: Uint8Array) => string | Promise<string>;

/** The JS SHA-256, for callers without Web Crypto (tests, Node tools). */
export const sha256Hex: Sha256Hex = (bytes) => bytesToHex(sha256(bytes));

/** Line 2 of the file: every table's rows as one JSON object, UTF-8. */
function encodeContent(tables: BackupTables): { content: Uint8Array; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables)) counts[name] = rows.length;
  return { content: utf8ToBytes(JSON.stringify(tables)), counts };
}

/** Line 1 (the header) and line 2 (the content) as the file's bytes. */
function assemble(content: Uint8Array, counts: Record<string, number>, hash: string, info: BackupInfo): EncodedBackup {
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...info,
    counts,
    sha256: hash,
  };
  const head = utf8ToBytes(`${JSON.stringify(header)}\n`);
  const bytes = new Uint8Array(head.byteLength + content.byteLength);
  bytes.set(head, 0);
  bytes.set(content, head.byteLength);
  return { header, bytes };
}

/**
 * Encodes a whole database as a `.dtidesk` file (see ./format.ts). Table order is kept as given; the counts and
 * the SHA-256 are computed here, so a header can never disagree with its content.
 */
export function encodeBackup(tables: BackupTables, info: BackupInfo): EncodedBackup {
  const { content, counts } = encodeContent(tables);
  return assemble(content, counts, sha256Hex(content) as string, info);
}

/** The same file as `encodeBackup`, hashed by `hash` (the app: Web Crypto, once over the content's bytes). */
export async function encodeBackupWith(
  tables: BackupTables,
  info: BackupInfo,
  hash: Sha256Hex,
): Promise<EncodedBackup> {
  const { content, counts } = encodeContent(tables);
  return assemble(content, counts, await hash(content), info);
}

/** One table already turned into JSON (its array of rows), with its row count. */
export interface TableJson {
  name: string;
  json: string;
  count: number;
}

/**
 * The same file as `encodeBackupWith`, from tables turned into JSON one by one (the app: each as soon as IndexedDB
 * hands it over, while the next is still being read). Byte for byte what `encodeBackupWith` writes for those rows.
 */
export async function encodeBackupJson(
  tables: readonly TableJson[],
  info: BackupInfo,
  hash: Sha256Hex,
): Promise<EncodedBackup> {
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t.name] = t.count;
  const content = utf8ToBytes(`{${tables.map((t) => `${JSON.stringify(t.name)}:${t.json}`).join(',')}}`);
  return assemble(content, counts, await hash(content), info);
}

/** The file name offered for a backup: `DTI-Desk_sao-luu_2026-12-05_0755.dtidesk` (local time of `at`). */
export function backupFileName(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}`;
  return `DTI-Desk_sao-luu_${day}_${p(at.getHours())}${p(at.getMinutes())}.dtidesk`;
}
