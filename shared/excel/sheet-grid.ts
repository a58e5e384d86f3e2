/**
 * Safe reading of workbook bytes into plain grids of cell values, with caps on file size, rows, columns and cell
 * length. SheetJS errors are caught and returned as values.
 */
import * as XLSX from 'xlsx';
import { formatViBytes, formatViNumber } from '../text/numbers';

/** Caps applied when reading a workbook (a framework has ~100 rows; these leave ample room). */
export const WORKBOOK_LIMITS = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxRows: 2000,
  maxColumns: 40,
  maxCellChars: 32767,
});

/**
 * SheetJS options for outside files: cached values only (no formulas, HTML, number formats, formatted text, styles or
 * dates). Every reader takes a cell's value `v`; the formatted text `w` would cost a number-format pass per cell.
 */
export const VALUES_ONLY: XLSX.ParsingOptions = Object.freeze({
  type: 'array',
  cellFormula: false,
  cellHTML: false,
  cellText: false,
  cellNF: false,
  cellStyles: false,
  cellDates: false,
});

/** One row of a grid: its spreadsheet row number (1-based) and cell values (string, number, boolean or null). */
export interface GridRow {
  row: number;
  cells: unknown[];
}

/** Reads workbook bytes; returns the workbook or a Vietnamese reason (never throws). */
export function readWorkbook(
  bytes: Uint8Array,
): { ok: true; wb: XLSX.WorkBook } | { ok: false; error: string; tooLarge?: boolean; detail?: string } {
  if (bytes.byteLength > WORKBOOK_LIMITS.maxBytes) {
    return {
      ok: false,
      tooLarge: true,
      error: `Tệp quá lớn (${formatViBytes(bytes.byteLength)}; tối đa ${formatViBytes(WORKBOOK_LIMITS.maxBytes)}).`,
    };
  }
  try {
    const wb = XLSX.read(bytes, { ...VALUES_ONLY, sheetRows: WORKBOOK_LIMITS.maxRows + 1 });
    return { ok: true, wb };
  } catch (e) {
    // The parser's own (English) words go to the detail, never into the message.
    return {
      ok: false,
      error:
        'Không đọc được nội dung tệp: cấu trúc bên trong bị hỏng hoặc do một phần mềm lạ ghi ra. Hãy mở tệp bằng Excel và lưu lại dưới dạng .xlsx.',
      detail: e instanceof Error ? e.message : String(e),
    };
  }
}

/** Finds a sheet by name, NFC (a Mac or web tool may write names decomposed): exact, else case-insensitively. */
export function findSheet(wb: XLSX.WorkBook, name: string): { name: string; sheet: XLSX.WorkSheet } | undefined {
  const want = name.normalize('NFC');
  const names = wb.SheetNames.map((n) => [n, n.normalize('NFC')] as const);
  const found = (names.find(([, n]) => n === want) ??
    names.find(([, n]) => n.trim().toLowerCase() === want.toLowerCase()))?.[0];
  if (found === undefined || !Object.prototype.hasOwnProperty.call(wb.Sheets, found)) return undefined;
  const sheet = wb.Sheets[found];
  return sheet ? { name: found, sheet } : undefined;
}

/** Why `sheetToGrid` refused a sheet: too many rows or columns with data, or one cell too long. */
export type GridRefusal =
  | { ok: false; error: string; row?: undefined; tooMany: 'rows' | 'columns'; count: number }
  | { ok: false; error: string; row: number; column: number; address: string; length: number };

/**
 * Reads a sheet into rows of values (formula cells give their cached value, error cells null), from row 1 to the
 * last row that holds a cell. The caps apply to the cells that exist: `<dimension>` and `!ref` are only hints (a
 * re-save may claim the whole grid, A1:XFD1048576), so the real cells are walked. Refuses a sheet with data past
 * the row or column cap, or a cell longer than Excel allows (32,767 characters).
 */
export function sheetToGrid(sheet: XLSX.WorkSheet): { ok: true; rows: GridRow[] } | GridRefusal {
  let maxR = -1;
  let maxC = -1;
  const found: [number, number, unknown][] = [];
  for (const addr of Object.keys(sheet)) {
    if (addr.startsWith('!')) continue;
    const cell = sheet[addr] as XLSX.CellObject | undefined;
    if (!cell || typeof cell !== 'object') continue;
    const { r, c } = XLSX.utils.decode_cell(addr);
    if (!(r >= 0 && c >= 0)) continue;
    const v = cell.t === 'e' || cell.t === 'z' || cell.v instanceof Date ? null : (cell.v ?? null);
    if (typeof v === 'string' && v.length > WORKBOOK_LIMITS.maxCellChars) {
      return {
        ok: false,
        row: r + 1,
        column: c,
        address: addr,
        length: v.length,
        error: `Ô ${addr} dài ${formatViNumber(v.length)} ký tự, vượt giới hạn ${formatViNumber(WORKBOOK_LIMITS.maxCellChars)} ký tự của một ô Excel.`,
      };
    }
    if (v === null) continue;
    if (r > maxR) maxR = r;
    if (c > maxC) maxC = c;
    found.push([r, c, v]);
  }
  // A read cut at `sheetRows` (readWorkbook) leaves `!fullref`, and the rows past the cut are unseen: refuse
  // when they reach past the cap. The import reads without a cut (its cell count is checked before parsing).
  const full = sheet['!fullref'];
  if (full !== undefined) maxR = Math.max(maxR, XLSX.utils.decode_range(full).e.r);
  if (maxR + 1 > WORKBOOK_LIMITS.maxRows)
    return {
      ok: false,
      tooMany: 'rows',
      count: maxR + 1,
      error: `Trang tính có dữ liệu tới dòng ${formatViNumber(maxR + 1)}, quá số dòng tối đa ${formatViNumber(WORKBOOK_LIMITS.maxRows)}.`,
    };
  if (maxC + 1 > WORKBOOK_LIMITS.maxColumns)
    return {
      ok: false,
      tooMany: 'columns',
      count: maxC + 1,
      error: `Trang tính có dữ liệu tới cột ${XLSX.utils.encode_col(maxC)}, quá số cột tối đa ${WORKBOOK_LIMITS.maxColumns}.`,
    };
  const rows: GridRow[] = Array.from({ length: maxR + 1 }, (_, r) => ({
    row: r + 1,
    cells: Array.from({ length: maxC + 1 }, () => null as unknown),
  }));
  for (const [r, c, v] of found) (rows[r] as GridRow).cells[c] = v;
  return { ok: true, rows };
}
