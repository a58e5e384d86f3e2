/**
 * Reads the "_manifest" sheet back, trusting nothing: keys are looked up in a Map (a "__proto__" row is just an
 * unknown key), the payload JSON is picked field by field into fresh objects, and every string is capped.
 */
import { type RawValue } from '../entry/raw';
import {
  type EntryData,
  type Evidence,
  EVIDENCE_FIELDS,
  type GeneralInfo,
  GENERAL_INFO_FIELDS,
  type Period,
} from '../entry/types';
import type { GridRow } from '../excel/sheet-grid';
import { decodeCellText, normText } from './cell-text';
import { type ExchangeError, exchangeError } from './errors';
import { type Manifest, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION, MAX_TEXT, RAW_FIELDS } from './manifest';

const MAX_PARTS = 400;
const MAX_ENTRIES = 1000;
const CODE = /^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/;
const HEX64 = /^[0-9a-f]{64}$/;

/** A value read from a manifest, or the refusal. */
export type Read<T> = { ok: true; value: T } | { ok: false; error: ExchangeError };

const invalid = (detail: string): { ok: false; error: ExchangeError } => ({
  ok: false,
  error: exchangeError(
    'manifest-invalid',
    'Trang _manifest bị hỏng hoặc đã bị sửa, không đọc được dữ liệu gốc của tệp.',
    detail,
  ),
});

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
    if (map.has(key)) return invalid(`khóa "${key.slice(0, 40)}" lặp lại ở dòng ${row}`);
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

function text(v: unknown, what: string): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new Error(`${what} không phải chuỗi`);
  // The cap applies to the NFC form: a tool may have re-saved the text decomposed (longer).
  const n = v.length > 4 * MAX_TEXT ? v : normText(v);
  if (n.length > MAX_TEXT) throw new Error(`${what} dài quá ${MAX_TEXT} ký tự`);
  return n;
}

function readEntry(e: unknown, i: number): EntryData {
  const code = own(e, 'code');
  if (typeof code !== 'string' || !CODE.test(code)) throw new Error(`mã chỉ số của mục ${i + 1} không hợp lệ`);
  const raw: RawValue = {};
  const rawIn = own(e, 'raw');
  for (const f of RAW_FIELDS) {
    const v = text(own(rawIn, f), `${code}.${f}`);
    if (v !== '') raw[f] = v;
  }
  const evidence = {} as Evidence;
  const evIn = own(e, 'evidence');
  for (const f of EVIDENCE_FIELDS) evidence[f] = text(own(evIn, f), `${code}.${f}`);
  return { code, raw, evidence, note: text(own(e, 'note'), `${code}.note`) };
}

function readPayload(json: string): Read<{ info: GeneralInfo; entries: EntryData[] }> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return invalid('JSON dữ liệu không hợp lệ');
  }
  try {
    const info = {} as GeneralInfo;
    const infoIn = own(data, 'info');
    for (const f of GENERAL_INFO_FIELDS) info[f] = text(own(infoIn, f), `info.${f}`);
    const list = own(data, 'entries');
    if (!Array.isArray(list) || list.length > MAX_ENTRIES) throw new Error('danh sách chỉ số không hợp lệ');
    const entries = list.map(readEntry);
    const codes = new Set(entries.map((e) => e.code));
    if (codes.size !== entries.length) throw new Error('mã chỉ số lặp lại trong dữ liệu');
    return { ok: true, value: { info, entries } };
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
}

function short(m: Map<string, string>, key: string, max = 200): string {
  const v = m.get(key);
  if (v === undefined || v.length > max) throw new Error(`thiếu hoặc sai "${key}"`);
  return normText(v);
}

function int(m: Map<string, string>, key: string, min: number, max: number): number {
  const v = short(m, key, 20);
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) throw new Error(`"${key}" không hợp lệ`);
  return n;
}

/** Reads the manifest sheet rows into a manifest (the hash is not checked here), or a specific refusal. */
export function readManifestRows(rows: readonly GridRow[]): Read<Manifest> {
  const kv = keyValues(rows);
  if (!kv.ok) return kv;
  const m = kv.value;
  const format = m.get('format');
  if (format !== MANIFEST_FORMAT) {
    return {
      ok: false,
      error: exchangeError(
        'unknown-format',
        'Không phải tệp xuất từ DTI Desk (trang _manifest không đúng định dạng).',
        (format ?? '').slice(0, 80),
      ),
    };
  }
  const versionText = (m.get('formatVersion') ?? '').slice(0, 20);
  const version = Number(versionText);
  if (!/^\d+$/.test(versionText)) return invalid('formatVersion không hợp lệ');
  if (version > MANIFEST_FORMAT_VERSION) {
    return {
      ok: false,
      error: exchangeError(
        'future-version',
        `Tệp được xuất theo định dạng phiên bản ${version}, mới hơn phiên bản ${MANIFEST_FORMAT_VERSION} mà DTI Desk này đọc được. Hãy cập nhật DTI Desk.`,
      ),
    };
  }
  if (version < 1) return invalid(`formatVersion ${version}`);
  try {
    const parts = int(m, 'payloadParts', 1, MAX_PARTS);
    let json = '';
    for (let i = 1; i <= parts; i++) {
      const p = m.get(`payload.${i}`);
      if (p === undefined) throw new Error(`thiếu phần dữ liệu ${i}/${parts}`);
      json += p;
    }
    const kind = short(m, 'periodKind');
    if (kind !== 'year' && kind !== 'mid-year') throw new Error('periodKind không hợp lệ');
    const period: Period = { year: int(m, 'periodYear', 2000, 2100), kind };
    const sha = short(m, 'sha256').toLowerCase();
    if (!HEX64.test(sha)) throw new Error('sha256 không hợp lệ');
    const payload = readPayload(json);
    if (!payload.ok) return payload;
    return {
      ok: true,
      value: {
        format,
        formatVersion: version,
        appVersion: short(m, 'appVersion', 40),
        framework: {
          id: short(m, 'frameworkId', 80),
          version: short(m, 'frameworkVersion', 40),
          fingerprint: short(m, 'frameworkFingerprint', 80),
        },
        unit: { code: short(m, 'unitCode', 40), name: short(m, 'unitName'), type: short(m, 'unitType', 20) },
        district: { code: short(m, 'districtCode', 40), name: short(m, 'districtName') },
        period,
        exportId: short(m, 'exportId', 80),
        revision: int(m, 'revision', 1, 1_000_000),
        exportedAt: short(m, 'exportedAt', 40),
        sha256: sha,
        info: payload.value.info,
        entries: payload.value.entries,
      },
    };
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
}
