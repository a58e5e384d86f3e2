/**
 * A workbook as a plain layout model, independent of any spreadsheet library: cells (text, numbers or styled runs)
 * with a named look, merges, column widths, hidden columns, row heights and the print setup. Content builders
 * (Biểu mẫu 01, remarks, minutes, consolidated) fill it through `SheetBuilder`; ./xlsx-write.ts turns it into an
 * xlsx file and the renderer's print view into HTML, so the Excel file and the printed copy share one layout.
 * Nothing here ever makes a formula: a cell is a string, a number, or runs of strings.
 */
import type { CellStyle } from './styles';

/** A piece of text with its own look inside one cell (e.g. the bold title and the italic note of a signature). */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** One cell: its value and look. */
export interface DocCell {
  v: string | number | readonly Run[];
  s: CellStyle;
}

/** Print setup of a sheet: A4, orientation, the printed columns and the table header repeated on every page. */
export interface PageSetup {
  orientation: 'landscape' | 'portrait';
  /** Last printed column (0-based); columns after it are outside the print area. */
  lastCol: number;
  /** Rows (0-based, inclusive) repeated at the top of every printed page. */
  titleRows?: readonly [number, number];
  /** Rows (0-based) that begin a new printed page: one document after another on one sheet (the minutes). */
  breaksBefore?: readonly number[];
}

/** One sheet of the layout model. */
export interface SheetDoc {
  name: string;
  /** Machine sheets (the manifest) are very hidden: not listed in Excel's "Unhide". */
  hidden: boolean;
  /** row → column → cell (0-based). */
  rows: Map<number, Map<number, DocCell>>;
  merges: [number, number, number, number][];
  widths: number[];
  hiddenCols: Set<number>;
  /** Row heights in points, only where the builder knows better than auto height (merged, wrapped text). */
  heights: Map<number, number>;
  page?: PageSetup;
  /** Rows frozen at the top on screen (the table header). */
  freezeRows?: number;
  /** Last used row (0-based). */
  lastRow: number;
}

/** A workbook: its sheets in order and its document title. */
export interface BookDoc {
  title: string;
  created: Date;
  sheets: SheetDoc[];
}

/** The text of a cell value (runs joined). */
export function cellText(v: DocCell['v']): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return v.map((r) => r.text).join('');
}
