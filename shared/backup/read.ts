import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader, type BackupTables } from './format';
import { sha256Hex, type Sha256Hex } from './write';

/** Why a backup file was refused. */
export type BackupErrorKind =
  'empty' | 'not-backup' | 'newer-format' | 'newer-schema' | 'truncated' | 'hash-mismatch' | 'invalid';

/** What exactly is invalid in a file refused as 'invalid' (for a screen that says it in another language). */
export type BackupInvalid = 'header' | 'content' | 'unknown-table' | 'missing-table' | 'count' | 'bad-rows';

/**
 * A refusal: a stable kind for the program and a Vietnamese message for the officer; `invalid` and `params` (the
 * versions, the table, the row counts the message names) let a screen say the same in its own language.
 */
export interface BackupError {
  kind: BackupErrorKind;
  message: string;
  invalid?: BackupInvalid;
  params?: Record<string, string | number>;
}

/** What reading needs from its caller: a strict UTF-8 decoder, the schema version and tables this app knows. */
export interface ReadOptions {
  /** Must throw on invalid UTF-8 (TextDecoder with `fatal: true`). */
  decode(bytes: Uint8Array): string;
  schemaVersion: number;
  /** The tables a database of each schema version holds (a backup from an older version holds that one's). */
  tables: readonly string[] | ((schemaVersion: number) => readonly string[]);
}

/** A backup that passed every check, ready for a dry run and a restore. */
export interface ReadBackup {
  header: BackupHeader;
  tables: BackupTables;
}

export type ReadResult = { ok: true; backup: ReadBackup } | { ok: false; error: BackupError };

const fail = (kind: BackupErrorKind, message: string, params?: BackupError['params']): ReadResult => ({
  ok: false,
  error: { kind, message, ...(params ? { params } : {}) },
});
const invalid = (what: BackupInvalid, message: string, params?: BackupError['params']): ReadResult => ({
  ok: false,
  error: { kind: 'invalid', message, invalid: what, ...(params ? { params } : {}) },
});
const BAD_HEADER = 'Phần đầu tệp sao lưu không hợp lệ.';

const TRUNCATED =
  'Tệp sao lưu bị cắt ngắn hoặc hỏng: phần dữ liệu không đọc được. Không khôi phục; hãy dùng một bản sao lưu khác.';
const NOT_BACKUP = 'Tệp này không phải tệp sao lưu của DTI Desk (.dtidesk).';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Line 1, checked field by field; a header from a newer format is refused before its other fields are judged. */
function readHeader(text: string, opts: ReadOptions): { ok: true; header: BackupHeader } | ReadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('not-backup', NOT_BACKUP);
  }
  if (!isRecord(raw) || raw.format !== BACKUP_FORMAT) return fail('not-backup', NOT_BACKUP);
  const app = typeof raw.appVersion === 'string' ? raw.appVersion.slice(0, 40) : '?';
  const fv = raw.formatVersion;
  if (typeof fv !== 'number' || !Number.isInteger(fv) || fv < 1) return invalid('header', BAD_HEADER);
  if (fv > BACKUP_FORMAT_VERSION) {
    return fail(
      'newer-format',
      `Tệp sao lưu do DTI Desk phiên bản ${app} tạo, theo định dạng sao lưu ${fv}; ứng dụng này chỉ đọc được đến ` +
        `định dạng ${BACKUP_FORMAT_VERSION}. Không khôi phục: hãy cài DTI Desk phiên bản ${app} trở lên rồi khôi phục lại.`,
      { app, found: fv, max: BACKUP_FORMAT_VERSION },
    );
  }
  const sv = raw.schemaVersion;
  if (typeof sv !== 'number' || !Number.isInteger(sv) || sv < 1) return invalid('header', BAD_HEADER);
  if (sv > opts.schemaVersion) {
    return fail(
      'newer-schema',
      `Tệp sao lưu do DTI Desk phiên bản ${app} tạo, với cơ sở dữ liệu phiên bản ${sv}; ứng dụng này chỉ biết đến ` +
        `phiên bản ${opts.schemaVersion}. Không khôi phục: hãy cài DTI Desk phiên bản ${app} trở lên rồi khôi phục lại.`,
      { app, found: sv, max: opts.schemaVersion },
    );
  }
  const counts = raw.counts;
  const okCounts =
    isRecord(counts) && Object.values(counts).every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0);
  if (
    !okCounts ||
    typeof raw.sha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(raw.sha256) ||
    typeof raw.createdAt !== 'string' ||
    Number.isNaN(Date.parse(raw.createdAt))
  ) {
    return invalid('header', BAD_HEADER);
  }
  const periods = Array.isArray(raw.periods) ? raw.periods.filter((p): p is string => typeof p === 'string') : [];
  const unit =
    isRecord(raw.unit) && typeof raw.unit.code === 'string' && typeof raw.unit.name === 'string'
      ? { code: raw.unit.code, name: raw.unit.name, type: String(raw.unit.type ?? '') }
      : undefined;
  const reasons = ['manual', 'daily', 'import', 'upgrade', 'restore'] as const;
  const reason = reasons.find((r) => r === raw.reason) ?? 'manual';
  return {
    ok: true,
    header: {
      format: BACKUP_FORMAT,
      formatVersion: fv,
      appVersion: app,
      createdAt: raw.createdAt,
      schemaVersion: sv,
      reason,
      counts: counts as Record<string, number>,
      sha256: raw.sha256,
      periods,
      ...(unit ? { unit } : {}),
    },
  };
}

/** Line 2 against the header: every known table present, none unknown, counts equal, rows are objects. */
function readContent(raw: unknown, header: BackupHeader, opts: ReadOptions): ReadResult {
  if (!isRecord(raw)) return invalid('content', 'Nội dung tệp sao lưu không hợp lệ.');
  const tables: BackupTables = {};
  const known = typeof opts.tables === 'function' ? opts.tables(header.schemaVersion) : opts.tables;
  for (const name of Object.keys(raw)) {
    if (!known.includes(name))
      return invalid('unknown-table', `Tệp sao lưu có bảng "${name}" mà ứng dụng không biết.`, { name });
  }
  for (const name of known) {
    const rows = raw[name];
    if (!Array.isArray(rows)) return invalid('missing-table', `Tệp sao lưu thiếu bảng "${name}".`, { name });
    if (rows.length !== header.counts[name]) {
      const expected = header.counts[name] ?? 0;
      return invalid('count', `Bảng "${name}" có ${rows.length} dòng, khác với ${expected} ghi ở đầu tệp.`, {
        name,
        rows: rows.length,
        expected,
      });
    }
    if (!rows.every(isRecord)) return invalid('bad-rows', `Bảng "${name}" có dòng không hợp lệ.`, { name });
    tables[name] = rows;
  }
  return { ok: true, backup: { header, tables } };
}

/** Line 1 checked and line 2 cut out, or why the file is refused before its hash is taken. */
function split(bytes: Uint8Array, opts: ReadOptions): { header: BackupHeader; content: Uint8Array } | ReadResult {
  if (bytes.byteLength === 0) return fail('empty', 'Tệp sao lưu trống.');
  const nl = bytes.indexOf(0x0a);
  const headBytes = nl < 0 ? bytes : bytes.subarray(0, nl);
  let headText: string;
  try {
    headText = opts.decode(headBytes);
  } catch {
    return fail('not-backup', NOT_BACKUP);
  }
  const head = readHeader(headText, opts);
  if (!('header' in head)) return head;
  if (nl < 0) return fail('truncated', TRUNCATED);
  return { header: head.header, content: bytes.subarray(nl + 1) };
}

/** Line 2 decoded and parsed, or not (a cut-off or damaged file). */
type Parsed = { ok: true; raw: unknown } | { ok: false };

function parse(content: Uint8Array, opts: ReadOptions): Parsed {
  try {
    return { ok: true, raw: JSON.parse(opts.decode(content)) };
  } catch {
    return { ok: false };
  }
}

/** Line 2 against its hash, then its tables against the header. */
function finish(header: BackupHeader, parsed: Parsed, hash: string, opts: ReadOptions): ReadResult {
  if (hash !== header.sha256) {
    // Tell a cut-off file from one whose bytes were changed: only the second still parses.
    if (!parsed.ok) return fail('truncated', TRUNCATED);
    return fail(
      'hash-mismatch',
      'Mã kiểm tra SHA-256 của tệp sao lưu không khớp với nội dung: tệp đã bị sửa hoặc hỏng sau khi tạo. Không khôi phục.',
    );
  }
  if (!parsed.ok) return fail('truncated', TRUNCATED);
  return readContent(parsed.raw, header, opts);
}

/**
 * Reads a `.dtidesk` file and checks everything before anything is restored: the format and its version (a newer
 * one is refused with the version that wrote it), the SHA-256 of the content, the tables and their counts. Never
 * throws; every refusal says in Vietnamese what is wrong.
 */
export function readBackup(bytes: Uint8Array, opts: ReadOptions): ReadResult {
  const parts = split(bytes, opts);
  if (!('content' in parts)) return parts;
  return finish(parts.header, parse(parts.content, opts), sha256Hex(parts.content) as string, opts);
}

/**
 * `readBackup` with the content hashed by `hash` (the app: Web Crypto, once over the bytes). The hash is started
 * first and the content decoded and parsed while it runs (Web Crypto hashes off the page's thread); nothing is
 * used before the hash matched. Never rejects.
 */
export async function readBackupWith(bytes: Uint8Array, opts: ReadOptions, hash: Sha256Hex): Promise<ReadResult> {
  const parts = split(bytes, opts);
  if (!('content' in parts)) return parts;
  let hashing: Promise<string>;
  try {
    hashing = Promise.resolve(hash(parts.content)).catch(() => '');
  } catch {
    hashing = Promise.resolve('');
  }
  const parsed = parse(parts.content, opts);
  return finish(parts.header, parsed, await hashing, opts);
}
