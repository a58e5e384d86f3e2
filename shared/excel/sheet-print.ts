/**
 * A sheet of the layout model (./doc.ts) as a printed page: the same cells, merges and looks the workbook gets,
 * as rows of cells with their spans, for the renderer's print view ("In / Lưu PDF"). Only the print area is
 * kept (columns up to `page.lastCol`, hidden columns left out); the rows repeated on every printed page become
 * the table's head; numbers are written as their number format shows them in Excel, the Vietnamese way. Pure.
 */
import { type DocCell, type Run, type SheetDoc } from './doc';
import { type CellStyle, INT_FMT, PERCENT_FMT, POINTS_FMT } from './styles';
import { formatViNumber } from '../text/numbers';

/** One printed cell: text or styled runs, its look and the columns and rows it spans. */
export interface PrintCell {
  col: number;
  text: string | readonly Run[];
  s: CellStyle;
  colSpan: number;
  rowSpan: number;
}

/** One printed row (cells in column order; covered cells left out). */
export interface PrintRow {
  row: number;
  cells: PrintCell[];
}

/** The printed sheet. */
export interface SheetPrint {
  orientation: 'landscape' | 'portrait';
  /** Printed columns' widths as shares of the page width (sum 1). */
  widths: number[];
  /**
   * Font scale that fits the columns one page wide, as the workbook's "fit to one page wide" does (≤ 1); the
   * app's documents are laid out to print at 100 %.
   */
  scale: number;
  /** Rows above the repeated header (the header block, titles). */
  before: PrintRow[];
  /** Rows repeated at the top of every printed page (the table header). */
  head: PrintRow[];
  /** The table's rows under its header. */
  body: PrintRow[];
  /**
   * What comes after the table (the closing and signatures): apart from it, so that a page holding only the
   * closing does not repeat the table's header above it.
   */
  after: PrintRow[];
}

/** Width of one column-width unit (a character of 11 pt text, with the cell's padding) on paper, in mm. */
const MM_PER_CHAR = 2;
/** Printable width of A4 between the margins (30 mm left for binding, 15 mm right), in mm. */
const PRINTABLE_MM = { landscape: 297 - 45, portrait: 210 - 45 } as const;

/** A number as its format shows it: points "1.234,50", whole "1.234", share "61,25%". */
export function printedNumber(n: number, numFmt: string | undefined): string {
  if (numFmt === POINTS_FMT) return formatViNumber(n, 2);
  if (numFmt === INT_FMT) return formatViNumber(n, 0);
  if (numFmt === PERCENT_FMT) return `${formatViNumber(n * 100, 2)}%`;
  return formatViNumber(n, Number.isInteger(n) ? 0 : 2);
}

function printedText(cell: DocCell): PrintCell['text'] {
  return typeof cell.v === 'number' ? printedNumber(cell.v, cell.s.numFmt) : cell.v;
}

/** The printed page of `doc` (its print area, or every column when it has no page setup). */
export function sheetPrint(doc: SheetDoc): SheetPrint {
  const last = doc.page?.lastCol ?? doc.widths.length - 1;
  const shown = (c: number) => c <= last && !doc.hiddenCols.has(c);
  // Columns a merge spans, counted over the printed columns only; covered positions are skipped.
  const span = new Map<number, [number, number]>();
  const covered = new Set<number>();
  const key = (r: number, c: number) => r * 16384 + c;
  for (const [r1, c1, r2, c2] of doc.merges) {
    let cols = 0;
    for (let c = c1; c <= Math.min(c2, last); c++) if (shown(c)) cols++;
    span.set(key(r1, c1), [Math.max(1, cols), r2 - r1 + 1]);
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) covered.add(key(r, c));
  }
  const widths: number[] = [];
  for (let c = 0; c <= last; c++) if (shown(c)) widths.push(doc.widths[c] ?? 10);
  const total = widths.reduce((a, b) => a + b, 0) || 1;
  const rows: PrintRow[] = [];
  for (let r = 0; r <= doc.lastRow; r++) {
    const cells: PrintCell[] = [];
    const row = doc.rows.get(r);
    for (let c = 0; c <= last; c++) {
      if (!shown(c) || covered.has(key(r, c))) continue;
      const cell = row?.get(c);
      const [colSpan, rowSpan] = span.get(key(r, c)) ?? [1, 1];
      cells.push({ col: c, text: cell ? printedText(cell) : '', s: cell?.s ?? {}, colSpan, rowSpan });
    }
    rows.push({ row: r, cells });
  }
  // No repeated rows ([-1, -2]): no row comes before or in the head, every row is in the body.
  const [h1, h2] = doc.page?.titleRows ?? [-1, -2];
  const orientation = doc.page?.orientation ?? 'landscape';
  // The table ends at its last bordered row; with no repeated header, every row is the body's.
  const bordered = rows.filter((x) => x.row > h2 && x.cells.some((c) => c.s.border)).at(-1)?.row;
  const end = h2 < 0 || bordered === undefined ? Infinity : bordered;
  return {
    orientation,
    widths: widths.map((w) => w / total),
    scale: Math.min(1, PRINTABLE_MM[orientation] / (total * MM_PER_CHAR)),
    before: rows.filter((x) => x.row < h1),
    head: rows.filter((x) => x.row >= h1 && x.row <= h2),
    body: rows.filter((x) => x.row > h2 && x.row <= end),
    after: rows.filter((x) => x.row > end),
  };
}
