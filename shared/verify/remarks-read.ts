/**
 * Reading a remarks file on the commune's machine, with the safety of `readAssessmentFile`: zip guard, bounded
 * read, caps, no prototype pollution (Map lookups, own properties only, fresh objects), errors as values in
 * Vietnamese. An assessment or consolidated file picked by mistake gets a refusal that names what it is.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { RawValue } from '../entry/raw';
import type { Period } from '../entry/types';
import { normText } from '../excel/cell-text';
import { type ExchangeError, exchangeError } from '../exchange/errors';
import { MANIFEST_FORMAT, MAX_TEXT, RAW_FIELDS } from '../exchange/manifest';
import {
  hashPayload,
  kvInt as int,
  kvText as short,
  type ManifestKind,
  own,
  parsePayload,
  readManifestSheet,
} from '../exchange/manifest-sheet';
import { type OpenOptions, openOutsideWorkbook } from '../exchange/open-workbook';
import { type RemarkItem, REMARKS_FORMAT, REMARKS_FORMAT_VERSION, type RemarksManifest } from './remarks';

/** Result of `readRemarksFile`. */
export type RemarksRead =
  { ok: true; fileName: string; fileSha256: string; manifest: RemarksManifest } | { ok: false; error: ExchangeError };

const CONSOLIDATED = 'dti-desk/consolidated';
const CODE = /^[0-9A-Za-z][0-9A-Za-z.]{0,19}$/;
const HEX64 = /^[0-9a-f]{64}$/;
const MAX_REMARKS = 1000;

const invalid = (detail: string): RemarksRead => ({
  ok: false,
  error: exchangeError('manifest-invalid', 'Trang _manifest của tệp yêu cầu bổ sung bị hỏng hoặc đã bị sửa.', detail),
});

function text(v: unknown, what: string, max = MAX_TEXT): string {
  if (v === undefined) return '';
  if (typeof v !== 'string') throw new Error(`${what} không phải chuỗi`);
  const n = v.length > 4 * max ? v : normText(v);
  if (n.length > max) throw new Error(`${what} dài quá ${max} ký tự`);
  return n;
}

function readItem(e: unknown, i: number): RemarkItem {
  const code = own(e, 'code');
  if (typeof code !== 'string' || !CODE.test(code)) throw new Error(`mã chỉ số của mục ${i + 1} không hợp lệ`);
  const verdict = own(e, 'verdict');
  if (verdict !== 'request' && verdict !== 'adjust') throw new Error(`kết luận của chỉ số ${code} không hợp lệ`);
  const raw: RawValue = {};
  const rawIn = own(e, 'raw');
  for (const f of RAW_FIELDS) {
    const v = text(own(rawIn, f), `${code}.${f}`);
    if (v !== '') raw[f] = v;
  }
  const at = own(e, 'at');
  if (typeof at !== 'number' || !Number.isFinite(at)) throw new Error(`thời điểm của chỉ số ${code} không hợp lệ`);
  return {
    code,
    verdict,
    remark: text(own(e, 'remark'), `${code}.remark`),
    raw,
    verifier: text(own(e, 'verifier'), `${code}.verifier`, 200),
    at,
  };
}

function readRemarks(payload: unknown): RemarkItem[] {
  const list = own(payload, 'remarks');
  if (!Array.isArray(list) || list.length > MAX_REMARKS) throw new Error('danh sách nhận xét không hợp lệ');
  const items = list.map(readItem);
  if (new Set(items.map((r) => r.code)).size !== items.length) throw new Error('mã chỉ số lặp lại');
  return items;
}

/** What a remarks file's manifest must say it is. */
export const REMARKS_MANIFEST: ManifestKind = {
  format: REMARKS_FORMAT,
  version: REMARKS_FORMAT_VERSION,
  what: 'tệp yêu cầu bổ sung',
};

function refuseFormat(format: string | undefined): RemarksRead {
  if (format === MANIFEST_FORMAT) {
    return {
      ok: false,
      error: exchangeError(
        'unknown-format',
        'Đây là tệp tự đánh giá, không phải tệp yêu cầu bổ sung của tổ thẩm tra. Hãy chọn đúng tệp "…_yeu-cau-bo-sung_….xlsx".',
      ),
    };
  }
  if (format === CONSOLIDATED) {
    return {
      ok: false,
      error: exchangeError(
        'unknown-format',
        'Đây là tệp tổng hợp gửi tỉnh, không phải tệp yêu cầu bổ sung của tổ thẩm tra.',
      ),
    };
  }
  return {
    ok: false,
    error: exchangeError(
      'unknown-format',
      'Không phải tệp yêu cầu bổ sung xuất từ DTI Desk (trang _manifest không đúng định dạng).',
      (format ?? '').slice(0, 80),
    ),
  };
}

function read(bytes: Uint8Array, fileName: string, opts: Pick<OpenOptions, 'checkpoint'>): RemarksRead {
  const wb = openOutsideWorkbook(bytes, opts);
  if (!wb.ok) return wb;
  const sheet = readManifestSheet(wb.wb, REMARKS_MANIFEST);
  if (!sheet.ok) return sheet.error.kind === 'unknown-format' ? refuseFormat(sheet.error.detail) : sheet;
  const { kv: m, formatVersion: version, payloadJson } = sheet.value;
  const format = REMARKS_FORMAT;
  let manifest: RemarksManifest;
  try {
    const kind = short(m, 'periodKind');
    if (kind !== 'year' && kind !== 'mid-year') throw new Error('periodKind không hợp lệ');
    const period: Period = { year: int(m, 'periodYear', 2000, 2100), kind };
    const sha = short(m, 'sha256').toLowerCase();
    if (!HEX64.test(sha)) throw new Error('sha256 không hợp lệ');
    manifest = {
      format,
      formatVersion: version,
      appVersion: short(m, 'appVersion', 40),
      framework: { id: short(m, 'frameworkId', 80), version: short(m, 'frameworkVersion', 40) },
      unit: { code: short(m, 'unitCode', 40), name: short(m, 'unitName') },
      district: { code: short(m, 'districtCode', 40), name: short(m, 'districtName') },
      period,
      revision: int(m, 'revision', 1, 1_000_000),
      exportId: short(m, 'exportId', 80),
      exportedAt: short(m, 'exportedAt', 40),
      remarks: readRemarks(parsePayload(payloadJson)),
      sha256: sha,
    };
  } catch (e) {
    return invalid(e instanceof Error ? e.message : 'dữ liệu không hợp lệ');
  }
  if (hashPayload({ remarks: manifest.remarks }) !== manifest.sha256) {
    return {
      ok: false,
      error: exchangeError(
        'hash-mismatch',
        'Dữ liệu trong tệp yêu cầu bổ sung không khớp mã kiểm tra SHA-256: tệp đã bị sửa hoặc hỏng. Đề nghị tổ thẩm tra gửi lại tệp.',
      ),
    };
  }
  return { ok: true, fileName, fileSha256: bytesToHex(sha256(bytes)), manifest };
}

/** Reads a remarks file; never throws (an unexpected failure becomes an 'internal' refusal). */
export function readRemarksFile(
  bytes: Uint8Array,
  fileName: string,
  opts: Pick<OpenOptions, 'checkpoint'> = {},
): RemarksRead {
  try {
    return read(bytes, fileName, opts);
  } catch (e) {
    return {
      ok: false,
      error: exchangeError(
        'internal',
        'Không đọc được tệp do lỗi không lường trước.',
        e instanceof Error ? e.message : String(e),
      ),
    };
  }
}
