/**
 * Reading an assessment file at the district. Errors are values; nothing thrown escapes `readAssessmentFile`.
 * Order: the one door (./open-workbook: zip guard → bounded SheetJS read) → "_manifest" (./manifest-sheet) →
 * manifest checks and SHA-256 → "Biểu mẫu 01" read back and compared with the manifest.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { EntryData, GeneralInfo } from '../entry/types';
import { findSheet } from '../excel/sheet-grid';
import type { Framework } from '../framework/types';
import { type ExchangeError, exchangeError } from './errors';
import { SHEET_FORM } from './form-layout';
import { type Difference, readFormGrid, type RowProblem } from './form-read';
import { type Manifest, payloadSha256 } from './manifest';
import { readAssessmentManifest } from './manifest-read';
import { gridOf as grid, openOutsideWorkbook } from './open-workbook';

/** A file read: the manifest's values (the truth), the sheet's values, and what differs or is wrong. */
export type ImportRead =
  | {
      ok: true;
      fileName: string;
      /** Hex SHA-256 of the file's bytes. */
      fileSha256: string;
      manifest: Manifest;
      info: GeneralInfo;
      entries: EntryData[];
      sheetInfo: GeneralInfo;
      sheetEntries: EntryData[];
      differences: Difference[];
      problems: RowProblem[];
    }
  | { ok: false; error: ExchangeError };

/** Options: how to find the manifest's framework (enables the human-column and value-parse checks). */
export interface ReadOptions {
  resolveFramework?: (id: string, version: string) => Framework | undefined;
}

function read(bytes: Uint8Array, fileName: string, opts: ReadOptions): ImportRead {
  const wb = openOutsideWorkbook(bytes);
  if (!wb.ok) return wb;
  const manifest = readAssessmentManifest(wb.wb);
  if (!manifest.ok) return manifest;
  const m = manifest.value;
  if (payloadSha256(m) !== m.sha256) {
    return {
      ok: false,
      error: exchangeError(
        'hash-mismatch',
        'Dữ liệu gốc trong tệp không khớp mã kiểm tra SHA-256: tệp đã bị sửa hoặc hỏng. Đề nghị đơn vị xuất lại tệp.',
      ),
    };
  }
  const fs = findSheet(wb.wb, SHEET_FORM);
  if (!fs) return { ok: false, error: exchangeError('no-form-sheet', `Tệp thiếu trang "${SHEET_FORM}".`) };
  const fg = grid(SHEET_FORM, fs.sheet);
  if (!fg.ok) return fg;
  const fw = opts.resolveFramework?.(m.framework.id, m.framework.version);
  const form = readFormGrid(fg.rows, m, fw);
  if (!form.ok) return form;
  return {
    ok: true,
    fileName,
    fileSha256: bytesToHex(sha256(bytes)),
    manifest: m,
    info: m.info,
    entries: m.entries,
    sheetInfo: form.read.sheetInfo,
    sheetEntries: form.read.sheetEntries,
    differences: form.read.differences,
    problems: form.read.problems,
  };
}

/** Reads an assessment file; never throws (an unexpected failure becomes an 'internal' refusal). */
export function readAssessmentFile(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): ImportRead {
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
