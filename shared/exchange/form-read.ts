/**
 * Reads "Biểu mẫu 01" back and compares it with the manifest: every machine column against the stored field, and
 * (when the framework is known) the human columns against what the app renders from the manifest, so an edit of
 * either shows as exactly one difference. Both sides are NFC/LF-normalised: a re-save by LibreOffice, or NFD text,
 * shows no difference. Locations are as Excel shows them (1-based rows, column letters).
 */
import { fieldLabel } from '../entry/field-labels';
import * as XLSX from 'xlsx';
import { parseRaw, type RawField } from '../entry/raw';
import { type EntryData, type Evidence, type GeneralInfo } from '../entry/types';
import type { GridRow } from '../excel/sheet-grid';
import type { Framework, Indicator } from '../framework/types';
import { hasBidi, stripBidi, stripInvisible } from '../text/normalize';
import { decodeCellText, normText } from '../excel/cell-text';
import { exchangeError, type ExchangeError } from './errors';
import {
  displayEvidence,
  displayValue,
  FORM_COLUMNS,
  type FormField,
  INFO_LABELS,
  legacyDisplayValue,
  scoreOf,
  SHEET_FORM,
} from './form-layout';
import type { Manifest } from './manifest';
import { RAW_FIELDS } from './manifest';
import { changeExcerpts, differenceAt } from './text-diff';

/** A cell whose content differs from the manifest (changed outside the app). */
export interface Difference {
  /** Indicator code; '' for Thông tin chung. */
  code: string;
  field: string;
  manifestValue: string;
  sheetValue: string;
  sheet: string;
  row: number;
  column: string;
  /** 1-based position of the first differing character, for long texts (the message shows the text around it). */
  at?: number;
  message: string;
}

/** A row-level problem of the form sheet. */
export interface RowProblem {
  kind: 'duplicate-row' | 'unknown-code' | 'missing-row' | 'unparsable' | 'missing-column' | 'missing-info';
  sheet: string;
  row?: number;
  column?: string;
  code?: string;
  message: string;
}

/** What the form sheet holds and how it compares with the manifest. */
export interface FormRead {
  sheetEntries: EntryData[];
  sheetInfo: GeneralInfo;
  differences: Difference[];
  problems: RowProblem[];
}

const CODE = /^\d{1,3}(?:\.\d{1,3}){1,3}$/;
const EVIDENCE_COLUMNS: readonly (keyof Evidence)[] = ['docNumber', 'docDate', 'summary', 'link'];

/**
 * Text of a cell as the reader compares it: NFC, LF, bidi controls removed (as from the manifest); numbers as
 * JavaScript writes them. Files whose manifest says `cellText = plain` hold text as written; older files escaped
 * formula-looking text (`escaped`), undone here.
 */
export function cellString(v: unknown, escaped = true): string {
  if (typeof v === 'string') {
    const t = normText(escaped ? decodeCellText(v) : v);
    return hasBidi(t) ? stripBidi(t) : t;
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return '';
}

const letter = (c: number): string => XLSX.utils.encode_col(c);
const where = (row: number, col: string, code: string): string =>
  `Trang "${SHEET_FORM}", dòng ${row}, cột ${col}${code === '' ? '' : `, chỉ số ${code}`}`;

function columnMap(cells: readonly unknown[]): Map<FormField, number> {
  const byHeader = new Map(FORM_COLUMNS.map((c) => [normText(c.header), c.field]));
  const map = new Map<FormField, number>();
  cells.forEach((v, c) => {
    const f = byHeader.get(stripInvisible(cellString(v)).trim());
    if (f !== undefined && !map.has(f)) map.set(f, c);
  });
  return map;
}

/** Reads the form grid; refuses only when table B's header row cannot be found. */
export function readFormGrid(
  rows: readonly GridRow[],
  manifest: Manifest,
  fw?: Framework,
): { ok: true; read: FormRead } | { ok: false; error: ExchangeError } {
  const escaped = manifest.plainText !== true;
  const text = (v: unknown) => cellString(v, escaped);
  const headerAt = rows.findIndex((r) => stripInvisible(cellString(r.cells[0])).trim() === 'TT');
  const headerRow = rows[headerAt];
  if (!headerRow)
    return {
      ok: false,
      error: exchangeError(
        'no-form-sheet',
        `Trang "${SHEET_FORM}" không có bảng chỉ số (không tìm thấy dòng tiêu đề có cột "TT").`,
      ),
    };
  const cols = columnMap(headerRow.cells);
  const differences: Difference[] = [];
  const problems: RowProblem[] = [];
  const diff = (code: string, field: string, row: number, c: number, want: string, got: string): void => {
    if (want === got) return;
    const col = letter(c);
    const label = fieldLabel(field);
    const shown = changeExcerpts(want, got);
    differences.push({
      code,
      field,
      manifestValue: want,
      sheetValue: got,
      sheet: SHEET_FORM,
      row,
      column: col,
      ...(shown.at === undefined ? {} : { at: shown.at }),
      message: `${where(row, col, code)} (${label})${differenceAt(shown.at)}: trong tệp là "${shown.after}", dữ liệu gốc là "${shown.before}" — ô đã bị sửa ngoài DTI Desk.`,
    });
  };
  for (const f of [...RAW_FIELDS, ...EVIDENCE_COLUMNS, 'note', 'code'] as FormField[]) {
    if (!cols.has(f))
      problems.push({
        kind: 'missing-column',
        sheet: SHEET_FORM,
        row: headerRow.row,
        message: `Trang "${SHEET_FORM}", dòng ${headerRow.row}: thiếu cột "${FORM_COLUMNS.find((c) => c.field === f)?.header ?? f}".`,
      });
  }

  const sheetInfo = {} as GeneralInfo;
  for (const [f, label] of INFO_LABELS) {
    const r = rows.slice(0, headerAt).find((x) => cellString(x.cells[1]).trim() === label);
    sheetInfo[f] = r ? text(r.cells[2]) : '';
    if (!r)
      problems.push({
        kind: 'missing-info',
        sheet: SHEET_FORM,
        message: `Trang "${SHEET_FORM}", mục A: thiếu dòng "${label}".`,
      });
    else diff('', `info.${f}`, r.row, 2, manifest.info[f], sheetInfo[f]);
  }

  const wanted = new Map(manifest.entries.map((e) => [e.code, e]));
  const indicators = new Map((fw?.indicators ?? []).map((i) => [i.code, i]));
  const seen = new Map<string, number>();
  const sheetEntries: EntryData[] = [];
  const codeCol = cols.get('code') ?? 0;
  const get = (cells: readonly unknown[], f: FormField): string => {
    const c = cols.get(f);
    return c === undefined ? '' : text(cells[c]);
  };
  for (const { row, cells } of rows.slice(headerAt + 1)) {
    // A zero-width space or bidi control pasted into a code ("1.\u200b3") is not part of it.
    const code = stripInvisible(cellString(cells[codeCol])).trim();
    if (!CODE.test(code)) continue;
    const at = where(row, letter(codeCol), code);
    const want = wanted.get(code);
    if (!want) {
      problems.push({
        kind: 'unknown-code',
        sheet: SHEET_FORM,
        row,
        column: letter(codeCol),
        code,
        message: `${at}: mã chỉ số không có trong dữ liệu gốc của tệp.`,
      });
      continue;
    }
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push({
        kind: 'duplicate-row',
        sheet: SHEET_FORM,
        row,
        column: letter(codeCol),
        code,
        message: `${at}: chỉ số lặp lại (đã có ở dòng ${first}); dòng này bị bỏ qua.`,
      });
      continue;
    }
    seen.set(code, row);
    const raw: EntryData['raw'] = {};
    for (const f of RAW_FIELDS) {
      const v = get(cells, f);
      if (v !== '') raw[f] = v;
    }
    const evidence = {} as Evidence;
    for (const f of EVIDENCE_COLUMNS) evidence[f] = get(cells, f);
    const entry: EntryData = { code, raw, evidence, note: get(cells, 'note') };
    sheetEntries.push(entry);
    for (const f of [...RAW_FIELDS, ...EVIDENCE_COLUMNS, 'note'] as (RawField | keyof Evidence | 'note')[]) {
      const c = cols.get(f);
      if (c === undefined) continue;
      const m =
        f === 'note'
          ? want.note
          : (RAW_FIELDS as readonly string[]).includes(f)
            ? (want.raw[f as RawField] ?? '')
            : want.evidence[f as keyof Evidence];
      const s =
        f === 'note'
          ? entry.note
          : (RAW_FIELDS as readonly string[]).includes(f)
            ? (entry.raw[f as RawField] ?? '')
            : entry.evidence[f as keyof Evidence];
      diff(code, f, row, c, m, s);
    }
    const ind = indicators.get(code);
    if (fw && ind) checkHuman(fw, ind, want, cells, row, cols, diff, problems, entry, text);
  }
  for (const code of wanted.keys()) {
    if (!seen.has(code))
      problems.push({
        kind: 'missing-row',
        sheet: SHEET_FORM,
        code,
        message: `Trang "${SHEET_FORM}": thiếu dòng của chỉ số ${code}.`,
      });
  }
  return { ok: true, read: { sheetEntries, sheetInfo, differences, problems } };
}

type DiffFn = (code: string, field: string, row: number, c: number, want: string, got: string) => void;

/** Human columns against the app's rendering of the manifest; values on the sheet that do not parse. */
function checkHuman(
  fw: Framework,
  ind: Indicator,
  want: EntryData,
  cells: readonly unknown[],
  row: number,
  cols: Map<FormField, number>,
  diff: DiffFn,
  problems: RowProblem[],
  entry: EntryData,
  text: (v: unknown) => string,
): void {
  const at = (f: FormField, fn: (c: number) => void) => {
    const c = cols.get(f);
    if (c !== undefined) fn(c);
  };
  const expected = scoreOf(fw, ind, want.raw);
  at('display', (c) => {
    const got = text(cells[c]);
    // Files of format 1 showed the raw text as typed ("85.5 %"); both renderings are the same value.
    const legacy = legacyDisplayValue(ind, want.raw);
    diff(ind.code, 'display', row, c, got === legacy ? got : displayValue(ind, want.raw), got);
  });
  at('evidenceDisplay', (c) =>
    diff(ind.code, 'evidenceDisplay', row, c, displayEvidence(want.evidence), text(cells[c])),
  );
  at('status', (c) => {
    const got = text(cells[c]);
    diff(ind.code, 'status', row, c, got === expected.legacyStatus ? got : expected.status, got);
  });
  at('score', (c) => {
    const v = cells[c];
    const same =
      expected.points === undefined
        ? v === null || v === undefined || v === ''
        : typeof v === 'number' && Math.abs(v - expected.points) < 1e-6;
    if (!same) diff(ind.code, 'score', row, c, expected.points === undefined ? '' : String(expected.points), text(v));
  });
  const parsed = parseRaw(ind, entry.raw);
  for (const [f, err] of Object.entries(parsed.errors)) {
    const c = cols.get(f as RawField);
    const col = c === undefined ? '?' : letter(c);
    problems.push({
      kind: 'unparsable',
      sheet: SHEET_FORM,
      row,
      column: col,
      code: ind.code,
      message: `${where(row, col, ind.code)}: ${err}`,
    });
  }
}
