/**
 * The one reader and writer of the hidden "_manifest" sheet, for every file kind DTI Desk writes (assessment,
 * remarks, consolidated, and any later kind). One layout: a header row, then key/value rows, then the payload as
 * canonical JSON split into "payload.N" cells with its count in "payloadParts". Its underscores are written as the
 * JSON escape "\u005f", so no part holds anything a spreadsheet decodes: LibreOffice re-saves a note's
 * "_x0041_x0042_" so that every reader after it takes "_x0041B", and the hash would fail. One hash: SHA-256 of the
 * canonical JSON of the payload parsed, whatever its escapes. One part limit. Reading trusts nothing: keys go into a
 * Map (a "__proto__" row is just an unknown key), a key given twice is refused, every value is capped.
 */
import type * as XLSX from 'xlsx';
import type { SheetDoc } from '../excel/doc';
import { findSheet, type GridRow } from '../excel/sheet-grid';
import { decodeCellText, normText } from '../excel/cell-text';
import { type ExchangeError, exchangeError } from './errors';
import { canonicalJson } from '../framework/fingerprint';
import { SHEET_MANIFEST } from './form-layout';
import { gridOf } from './open-workbook';
import { SheetBuilder } from '../excel/sheet-builder';

/** Most payload parts a manifest may have (400 × 8,000 characters). */
export const MAX_PAYLOAD_PARTS = 400;
/** Characters per payload cell: under Excel's 32,767 even if a tool re-saves the text decomposed (NFD). */
export const PAYLOAD_PART_CHARS = 8000;

/** A value read from a manifest, or the refusal. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: ExchangeError };

export { hashPayload } from './payload-hash';

/** Splits `text` into pieces of ≤ `chunk` characters for manifest cells, never splitting a surrogate pair. */
export function splitChunks(text: string, chunk = PAYLOAD_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + chunk);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
    parts.push(text.slice(i, end));
    i = end;
  }
  return parts;
}

/** The key/value rows of a manifest: `head`, then "payloadParts", then the payload's parts. */
export function manifestRows(
  head: readonly (readonly [string, string])[],
  payload: unknown,
  chunk = PAYLOAD_PART_CHARS,
): [string, string][] {
  const parts = splitChunks(canonicalJson(payload).replace(/_/g, '\\u005f'), chunk);
  return [
    ...head.map(([k, v]): [string, string] => [k, v]),
    ['payloadParts', String(parts.length)],
    ...parts.map((p, i): [string, string] => [`payload.${i + 1}`, p]),
  ];
}

/** The manifest sheet itself (machine cells: plain strings, formula-safe escaped, never seen by people). */
export function manifestSheet(head: readonly (readonly [string, string])[], payload: unknown): SheetDoc {
  const b = new SheetBuilder();
  b.machine(0, 0, 'khoa').machine(0, 1, 'gia_tri');
  b.machine(0, 2, 'Dữ liệu máy đọc của DTI Desk — không sửa trang này.');
  manifestRows(head, payload).forEach(([k, v], i) => b.machine(i + 1, 0, k).machine(i + 1, 1, v));
  return b.finish([22, 80]);
}

/** The refusal of a manifest that was edited or broken. */
export function manifestInvalid(detail: string): { ok: false; error: ExchangeError } {
  return {
    ok: false,
    error: exchangeError(
      'manifest-invalid',
      'Trang _manifest bị hỏng hoặc đã bị sửa, không đọc được dữ liệu gốc của tệp.',
      detail,
    ),
  };
}

/** A manifest cell as text (decoded from the formula-safe form); numbers as written; anything else undefined. */
export function cellText(v: unknown): string | undefined {
  if (typeof v === 'string') return decodeCellText(v);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Key → value of the manifest rows; a key given twice is an error (someone edited the sheet). */
export function keyValues(rows: readonly GridRow[]): Read<Map<string, string>> {
  const map = new Map<string, string>();
  for (const { row, cells } of rows) {
    const key = cellText(cells[0]);
    if (key === undefined || key === '' || key.length > 40) continue;
    if (map.has(key)) return manifestInvalid(`khóa "${key.slice(0, 40)}" lặp lại ở dòng ${row}`);
    map.set(key, cellText(cells[1]) ?? '');
  }
  return { ok: true, value: map };
}

/** `obj[key]` only when it is an own property of an object (never the prototype chain). */
export function own(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null && Object.prototype.hasOwnProperty.call(obj, key)
    ? (obj as Record<string, unknown>)[key]
    : undefined;
}

/** A short text value of the manifest, NFC (throws a Vietnamese detail when missing or too long). */
export function kvText(m: ReadonlyMap<string, string>, key: string, max = 200): string {
  const v = m.get(key);
  if (v === undefined || v.length > max) throw new Error(`thiếu hoặc sai "${key}"`);
  return normText(v);
}

/** A whole number of the manifest within [min, max] (throws a Vietnamese detail otherwise). */
export function kvInt(m: ReadonlyMap<string, string>, key: string, min: number, max: number): number {
  const v = kvText(m, key, 20);
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new Error(`"${key}" không hợp lệ`);
  return n;
}

/** Which file kind a reader expects: its format, the newest layout it reads, and its name in messages. */
export interface ManifestKind {
  format: string;
  version: number;
  /** How messages name the file, e.g. "tệp", "tệp yêu cầu bổ sung". */
  what: string;
}

/** A manifest as read: the key/values, the layout version, and the payload JSON joined from its parts. */
export interface ManifestSheet {
  kv: Map<string, string>;
  formatVersion: number;
  payloadJson: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Reads the workbook's "_manifest" sheet for a file of `kind`: format, version and parts checked; never throws. */
export function readManifestSheet(wb: XLSX.WorkBook, kind: ManifestKind): Read<ManifestSheet> {
  const found = findSheet(wb, SHEET_MANIFEST);
  if (!found)
    return {
      ok: false,
      error: exchangeError('no-manifest', `Không phải ${kind.what} xuất từ DTI Desk (không có trang _manifest).`),
    };
  const grid = gridOf(SHEET_MANIFEST, found.sheet);
  if (!grid.ok) return grid;
  const kvRead = keyValues(grid.rows);
  if (!kvRead.ok) return kvRead;
  const kv = kvRead.value;
  const format = kv.get('format');
  if (format !== kind.format)
    return {
      ok: false,
      error: exchangeError(
        'unknown-format',
        `Không phải ${kind.what} xuất từ DTI Desk (trang _manifest không đúng định dạng).`,
        (format ?? '').slice(0, 80),
      ),
    };
  const versionText = (kv.get('formatVersion') ?? '').slice(0, 20);
  if (!/^\d+$/.test(versionText) || Number(versionText) < 1) return manifestInvalid('formatVersion không hợp lệ');
  const formatVersion = Number(versionText);
  if (formatVersion > kind.version)
    return {
      ok: false,
      error: exchangeError(
        'future-version',
        `${capital(kind.what)} theo định dạng phiên bản ${formatVersion}, mới hơn phiên bản ${kind.version} mà DTI Desk này đọc được. Hãy cập nhật DTI Desk.`,
      ),
    };
  try {
    const parts = kvInt(kv, 'payloadParts', 1, MAX_PAYLOAD_PARTS);
    let payloadJson = '';
    for (let i = 1; i <= parts; i++) {
      const p = kv.get(`payload.${i}`);
      if (p === undefined) throw new Error(`thiếu phần dữ liệu ${i}/${parts}`);
      payloadJson += p;
    }
    return { ok: true, value: { kv, formatVersion, payloadJson } };
  } catch (e) {
    return manifestInvalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
}

/** Parses the payload JSON (throws an Error with a Vietnamese detail when broken). */
export function parsePayload(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new Error('JSON dữ liệu không hợp lệ');
  }
}
