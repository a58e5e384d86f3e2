/**
 * Reading an assessment file at the district. Errors are values; nothing thrown escapes `readAssessmentFile`.
 * Order, cheapest first: the one door (./open-workbook: zip guard → package with each part stopped at its
 * declared size → "_manifest" and "Biểu mẫu 01" listed? → cell counts → hazard scan → SheetJS on those two sheets
 * only) → "_manifest" (./manifest-sheet) → manifest checks and SHA-256 → bidi controls stripped → "Biểu mẫu 01"
 * read back and compared with the manifest. A file whose zip carries a form seal (./form-seal) has only "_manifest"
 * parsed first; when the seal holds, the form is not read (the comparison would find nothing), else the file is read
 * in full as any other. Every check before the parse runs either way.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type * as XLSX from 'xlsx';
import { evaluate } from '../entry/evaluate';
import type { EntryData, GeneralInfo } from '../entry/types';
import type { IndicatorScore } from '../scoring/types';
import { findSheet } from '../excel/sheet-grid';
import type { Framework } from '../framework/types';
import { type ExchangeError, exchangeError } from './errors';
import { SHEET_FORM, SHEET_MANIFEST } from './form-layout';
import { formGrid } from './form-grid';
import { type Difference, type FormRead, readFormGrid, type RowProblem } from './form-read';
import { hasSeal, sealBinding, sealDigest, sealOf } from './form-seal';
import type { HazardFinding } from './hazards';
import { type Manifest, payloadSha256 } from './manifest';
import { stripManifestBidi } from './manifest-bidi';
import { readAssessmentManifest } from './manifest-read';
import { type Opened, openOutsideWorkbook } from './open-workbook';
import { findSheetRef } from './package';
import { MEMORY_MESSAGE, MemoryCapExceeded } from './read-limits';

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
      /** Hazards imported with a warning (a refused one makes the read fail with kind 'hazard'). */
      hazards: HazardFinding[];
      /**
       * Self values that cannot be scored (a numerator above its denominator…), framework order, each with the
       * engine's reason; empty when the framework is not known here. The file imports; the verifier checks them.
       */
      unscorable: { code: string; reason: string }[];
      /**
       * The form was not parsed: its seal (./form-seal) holds, so it is the form the export read back clean, and
       * `sheetInfo`/`sheetEntries` are the manifest's. False when the form was read and compared.
       */
      formSealed: boolean;
    }
  | { ok: false; error: ExchangeError };

/** Options: how to find the manifest's framework (enables the human-column and value-parse checks). */
export interface ReadOptions {
  resolveFramework?: (id: string, version: string) => Framework | undefined;
  /**
   * The reader's memory cap: called before SheetJS parses, with the heap the parse will hold (the unpacked size of the
   * parts it reads × `PARSE_HEAP_FACTOR`), and again after the form is read (or its seal found to hold); throwing
   * `MemoryCapExceeded` here ends the read with the 'memory' refusal.
   */
  checkpoint?: (heldBytes: number) => void;
  /** 'ignore': read the form and compare it even when its seal holds (the export's own read-back). */
  seal?: 'ignore';
}

const NO_MANIFEST = exchangeError(
  'no-manifest',
  'Không phải tệp xuất từ DTI Desk (không có trang _manifest chứa dữ liệu gốc). Hãy chọn đúng tệp do đơn vị xuất bằng DTI Desk.',
);
const NO_FORM = exchangeError(
  'no-form-sheet',
  `Tệp thiếu trang "${SHEET_FORM}" nên không đối chiếu được với dữ liệu gốc. Đề nghị đơn vị xuất lại tệp từ DTI Desk.`,
);

const WANTED = [
  { name: SHEET_MANIFEST, missing: NO_MANIFEST },
  { name: SHEET_FORM, missing: NO_FORM },
];

/** The manifest of an opened workbook, its hash checked and bidi controls stripped. */
function manifestOf(
  wb: XLSX.WorkBook,
): { ok: true; m: Manifest; finding?: HazardFinding } | { ok: false; error: ExchangeError } {
  const read = readAssessmentManifest(wb);
  if (!read.ok) return read;
  const manifest = read.value;
  if (payloadSha256(manifest) !== manifest.sha256) {
    return {
      ok: false,
      error: exchangeError(
        'hash-mismatch',
        'Dữ liệu gốc trong tệp không khớp mã kiểm tra SHA-256: tệp đã bị sửa hoặc hỏng. Đề nghị đơn vị xuất lại tệp.',
      ),
    };
  }
  const clean = stripManifestBidi(manifest);
  return { ok: true, m: clean.manifest, ...(clean.finding ? { finding: clean.finding } : {}) };
}

/** The read of a file whose form was compared with its manifest (or whose seal holds: `formSealed`). */
function finished(
  bytes: Uint8Array,
  fileName: string,
  got: { m: Manifest; finding?: HazardFinding },
  hazards: HazardFinding[],
  fw: Framework | undefined,
  form: FormRead,
  formSealed: boolean,
): ImportRead {
  const m = got.m;
  const scores = fw ? evaluate(fw, m.entries).aggregate.scores : new Map<string, IndicatorScore>();
  return {
    ok: true,
    fileName,
    fileSha256: bytesToHex(sha256(bytes)),
    manifest: m,
    info: m.info,
    entries: m.entries,
    sheetInfo: form.sheetInfo,
    sheetEntries: form.sheetEntries,
    differences: form.differences,
    problems: form.problems,
    hazards: got.finding ? [...hazards, got.finding] : hazards,
    unscorable: [...scores]
      .filter(([, s]) => s.state === 'invalid')
      .map(([code, s]) => ({ code, reason: s.warnings[0] ?? '' })),
    formSealed,
  };
}

/** A file whose zip carries a form seal has its manifest parsed first; any other is parsed whole at once. */
const sealHinted = (zipComment: string): readonly string[] | undefined =>
  hasSeal(zipComment) ? [SHEET_MANIFEST] : undefined;

/**
 * A file opened with its manifest parsed, not its form: the read without the form when the form seal holds, else
 * undefined (the file is then read in full). The seal was written only after a clean read-back with the framework,
 * whose checks add to those made without it: so the file reads clean here too, whether the framework is held or not.
 */
function sealedRead(
  bytes: Uint8Array,
  fileName: string,
  opts: ReadOptions,
  wb: Opened,
  checkAgain: () => void,
): ImportRead | undefined {
  if (!wb.ok || !wb.pkg || wb.zipComment === undefined) return undefined;
  const got = manifestOf(wb.wb);
  if (!got.ok) return undefined;
  const m = got.m;
  const fw = opts.resolveFramework?.(m.framework.id, m.framework.version);
  const ref = findSheetRef(wb.pkg.sheets, SHEET_FORM);
  if (!ref) return undefined;
  const seal = sealOf(wb.zipComment);
  if (!seal || sealDigest(bytes, wb.pkg.entries, ref.path, sealBinding(m)) !== seal) return undefined;
  checkAgain(); // where the full read checks after its form
  const form = { sheetInfo: m.info, sheetEntries: m.entries, differences: [], problems: [] };
  return finished(bytes, fileName, got, wb.hazards, fw, form, true);
}

function read(bytes: Uint8Array, fileName: string, opts: ReadOptions): ImportRead {
  // The heap the read holds, as the door estimates it before the parse; checked again after the form is read (or its
  // seal found to hold), where a reader that sees its real heap may find more.
  let held = bytes.length;
  const check = (n: number): void => {
    held = Math.max(held, n);
    opts.checkpoint?.(held);
  };
  let formParsed = true;
  const parseOnly = (zipComment: string) => {
    const only = sealHinted(zipComment);
    formParsed = !only;
    return only;
  };
  let wb = openOutsideWorkbook(bytes, {
    checkpoint: check,
    wanted: WANTED,
    ...(opts.seal === 'ignore' ? {} : { parseOnly }),
  });
  if (wb.ok && !formParsed) {
    const sealed = sealedRead(bytes, fileName, opts, wb, () => check(held));
    if (sealed) return sealed;
    // The seal does not hold (or the manifest is refused): the file is read in full, as any other.
    wb = openOutsideWorkbook(bytes, { checkpoint: check, wanted: WANTED });
  }
  if (!wb.ok) return wb;
  const got = manifestOf(wb.wb);
  if (!got.ok) return got;
  const m = got.m;
  const fs = findSheet(wb.wb, SHEET_FORM);
  if (!fs) return { ok: false, error: NO_FORM };
  const fg = formGrid(fs.sheet);
  if (!fg.ok) return fg;
  check(held);
  const fw = opts.resolveFramework?.(m.framework.id, m.framework.version);
  const form = readFormGrid(fg.rows, m, fw);
  if (!form.ok) return form;
  return finished(bytes, fileName, got, wb.hazards, fw, form.read, false);
}

/** Reads an assessment file; never throws (an unexpected failure becomes an 'internal' refusal). */
export function readAssessmentFile(bytes: Uint8Array, fileName: string, opts: ReadOptions = {}): ImportRead {
  try {
    return read(bytes, fileName, opts);
  } catch (e) {
    if (e instanceof MemoryCapExceeded)
      return { ok: false, error: exchangeError('memory', MEMORY_MESSAGE, `${e.usedBytes} bytes`) };
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
