/**
 * The hidden "_manifest" sheet of the verification files (remarks, consolidated): the same key/value layout as the
 * assessment manifest (../exchange/manifest.ts), with the payload as canonical JSON split into cells and its
 * SHA-256. Reading goes through the same guard as assessment files: zip guard → bounded SheetJS read → grid caps
 * → keys in a Map (a "__proto__" row is just an unknown key).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type * as XLSX from 'xlsx';
import { findSheet, readWorkbook, sheetToGrid } from '../excel/sheet-grid';
import { exchangeError } from '../exchange/errors';
import { SHEET_MANIFEST } from '../exchange/form-layout';
import { splitChunks } from '../exchange/manifest';
import { keyValues, type Read } from '../exchange/manifest-read';
import { SheetBuilder } from '../exchange/sheet-builder';
import { boundedZip, inspectZip } from '../exchange/zip-guard';
import { canonicalJson } from '../framework/fingerprint';

const MAX_PARTS = 400;

/** Hex SHA-256 of the canonical JSON of `payload`. */
export function payloadHash(payload: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(payload))));
}

/** The manifest sheet: header row, then `head` rows, then the payload split into parts. */
export function kvManifestSheet(head: readonly [string, string][], payload: unknown): XLSX.WorkSheet {
  const parts = splitChunks(canonicalJson(payload));
  const rows: [string, string][] = [
    ...head,
    ['payloadParts', String(parts.length)],
    ...parts.map((p, i): [string, string] => [`payload.${i + 1}`, p]),
  ];
  const b = new SheetBuilder();
  b.text(0, 0, 'khoa').text(0, 1, 'gia_tri');
  b.text(0, 2, 'Dữ liệu máy đọc của DTI Desk — không sửa trang này.');
  rows.forEach(([k, v], i) => b.text(i + 1, 0, k).text(i + 1, 1, v));
  return b.finish([22, 80]);
}

/** Reads the file's "_manifest" key/values through the zip guard and the bounded reader; never throws. */
export function readKvManifest(bytes: Uint8Array, what: string): Read<Map<string, string>> {
  const zip = inspectZip(bytes);
  if (!zip.ok) return zip;
  const wb = readWorkbook(boundedZip(bytes, zip.entries));
  if (!wb.ok) return { ok: false, error: exchangeError(wb.tooLarge ? 'too-large' : 'unreadable', wb.error) };
  const ms = findSheet(wb.wb, SHEET_MANIFEST);
  if (!ms)
    return {
      ok: false,
      error: exchangeError('no-manifest', `Không phải ${what} xuất từ DTI Desk (không có trang _manifest).`),
    };
  const g = sheetToGrid(ms.sheet);
  if (!g.ok)
    return {
      ok: false,
      error: exchangeError(g.row === undefined ? 'sheet-too-large' : 'cell-too-long', `Trang "_manifest": ${g.error}`),
    };
  return keyValues(g.rows);
}

/** The payload JSON joined from its parts, parsed (throws an Error with a Vietnamese detail when broken). */
export function readKvPayload(m: ReadonlyMap<string, string>): unknown {
  const partsText = m.get('payloadParts') ?? '';
  const parts = Number(partsText);
  if (!/^\d{1,4}$/.test(partsText) || parts < 1 || parts > MAX_PARTS) throw new Error('"payloadParts" không hợp lệ');
  let json = '';
  for (let i = 1; i <= parts; i++) {
    const p = m.get(`payload.${i}`);
    if (p === undefined) throw new Error(`thiếu phần dữ liệu ${i}/${parts}`);
    json += p;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    throw new Error('JSON dữ liệu không hợp lệ');
  }
}
