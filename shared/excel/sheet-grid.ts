/**
 * Safe reading of workbook bytes into plain grids of cell values, with caps on file size, rows, columns and cell
 * length. SheetJS errors are caught and returned as values.
 */
import * as XLSX from 'xlsx';

/** Caps applied when reading a workbook (a framework has ~100 rows; these leave ample room). */
export const WORKBOOK_LIMITS = Object.freeze({
  maxBytes: 10 * 1024 * 1024,
  maxRows: 2000,
  maxColumns: 40,
  maxCellChars: 32767,
});

/** One row of a grid: its spreadsheet row number (1-based) and cell values (string, number, boolean or null). */
export interface GridRow {
  row: number;
  cells: unknown[];
}

/** Reads workbook bytes; returns the workbook or a Vietnamese reason (never throws). */
export function readWorkbook(
  bytes: Uint8Array,
): { ok: true; wb: XLSX.WorkBook } | { ok: false; error: string; tooLarge?: boolean } {
  if (bytes.byteLength > WORKBOOK_LIMITS.maxBytes) {
    return {
      ok: false,
      tooLarge: true,
      error: `Tệp quá lớn (${Math.ceil(bytes.byteLength / 1048576)} MB; tối đa 10 MB).`,
    };
  }
  try {
    const wb = XLSX.read(bytes, {
      type: 'array',
      cellFormula: false,
      cellHTML: false,
      cellNF: false,
      cellStyles: false,
      cellDates: false,
      sheetRows: WORKBOOK_LIMITS.maxRows + 1,
    });
    return { ok: true, wb };
  } catch (e) {
    return { ok: false, error: `Không đọc được tệp Excel (${e instanceof Error ? e.message : 'lỗi không rõ'}).` };
  }
}

/** Finds a sheet by exact name, else case-insensitively; only names the workbook lists are looked up. */
export function findSheet(wb: XLSX.WorkBook, name: string): { name: string; sheet: XLSX.WorkSheet } | undefined {
  const found =
    wb.SheetNames.find((n) => n === name) ?? wb.SheetNames.find((n) => n.trim().toLowerCase() === name.toLowerCase());
  if (found === undefined || !Object.prototype.hasOwnProperty.call(wb.Sheets, found)) return undefined;
  const sheet = wb.Sheets[found];
  return sheet ? { name: found, sheet } : undefined;
}

/**
 * Reads a sheet into rows of values (formula cells give their cached value, error cells null). Returns an error
 * when the sheet exceeds the row or column cap or a cell is longer than Excel allows.
 */
export function sheetToGrid(
  sheet: XLSX.WorkSheet,
): { ok: true; rows: GridRow[] } | { ok: false; error: string; row?: number } {
  const ref = sheet['!fullref'] ?? sheet['!ref'];
  if (ref === undefined) return { ok: true, rows: [] };
  const range = XLSX.utils.decode_range(ref);
  if (range.e.r + 1 > WORKBOOK_LIMITS.maxRows)
    return { ok: false, error: `Trang tính có quá nhiều dòng (tối đa ${WORKBOOK_LIMITS.maxRows}).` };
  if (range.e.c + 1 > WORKBOOK_LIMITS.maxColumns)
    return { ok: false, error: `Trang tính có quá nhiều cột (tối đa ${WORKBOOK_LIMITS.maxColumns}).` };
  const rows: GridRow[] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: unknown[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const addr = XLSX.utils.encode_cell({ r, c });
      const cell = Object.prototype.hasOwnProperty.call(sheet, addr)
        ? (sheet[addr] as XLSX.CellObject | undefined)
        : undefined;
      const v = cell === undefined || cell.t === 'e' || cell.t === 'z' ? null : cell.v;
      if (typeof v === 'string' && v.length > WORKBOOK_LIMITS.maxCellChars) {
        return { ok: false, row: r + 1, error: `Ô ${addr} dài quá ${WORKBOOK_LIMITS.maxCellChars} ký tự.` };
      }
      cells.push(v instanceof Date ? null : (v ?? null));
    }
    rows.push({ row: r + 1, cells });
  }
  return { ok: true, rows };
}
