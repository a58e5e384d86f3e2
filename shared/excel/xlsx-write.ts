/**
 * Writes a layout model (./doc.ts) to xlsx bytes with exceljs 4.4, loaded only when the first export starts (a
 * dynamic import: the writer is not in the initial renderer bundle). SheetJS stays the one reader of outside
 * files; this module only writes. Page setup follows Nghị định 30/2020/NĐ-CP: A4, margins 20 mm top and bottom,
 * 30 mm left for binding, 15 mm right, one page wide, the table header repeated on every page, the page number
 * centred at the top except on the first page. No formula is ever written.
 */
import type * as ExcelJSTypes from 'exceljs';
import { workbookText } from './cell-text';
import { type BookDoc, type DocCell, type SheetDoc } from './doc';
import { fillSheets, type InlineCells, inlineCells } from './inline-text';
import { type CellStyle, FONT } from './styles';
import { encodeZipTextFirst } from './zip-text';

type ExcelJS = typeof ExcelJSTypes;
let loading: Promise<ExcelJS> | undefined;

/** The exceljs module, imported once on first use. */
export function loadExcelJs(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => {
    encodeZipTextFirst();
    return ((m as { default?: ExcelJS }).default ?? m) as ExcelJS;
  });
  return loading;
}

/** Zip options of every write: DEFLATE at level 1 (the fast level; files grow ~10 %, writes take ~15 % less). */
export const WRITE_OPTIONS = { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } };

const MM = 1 / 25.4;
const MARGINS = { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM, header: 10 * MM, footer: 10 * MM };
const THIN = { style: 'thin' } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The one look of every row (none): exceljs gives each new row its own `{}` and, on writing, resolves a style id
 * for every style object it has not seen before (~13,500 rows in the 129-commune workbook). One shared object is
 * resolved once, to the same id. Never mutated: cells only read it.
 */
const NO_STYLE: Partial<ExcelJSTypes.Style> = Object.freeze({});
/** Gives `row` the shared empty look (exceljs's Row has a `style` object its typings leave out). */
const plain = (row: ExcelJSTypes.Row): void => {
  (row as unknown as { style: Partial<ExcelJSTypes.Style> }).style = NO_STYLE;
};

/** Column letters of a 0-based index. */
export function colLetter(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function fontOf(s: CellStyle, run?: { bold?: boolean; italic?: boolean }): Partial<ExcelJSTypes.Font> {
  return {
    name: FONT,
    size: s.size ?? 11,
    bold: run?.bold ?? s.bold ?? false,
    italic: run?.italic ?? s.italic ?? false,
    ...(s.underline ? { underline: true } : {}),
  };
}

/** exceljs style objects, one per look: exceljs keys its style table by object identity, so sharing is fast. */
function styleCache(): (s: CellStyle) => Partial<ExcelJSTypes.Style> {
  const cache = new Map<CellStyle, Partial<ExcelJSTypes.Style>>();
  return (s) => {
    let x = cache.get(s);
    if (!x) {
      x = {
        font: fontOf(s),
        alignment: {
          horizontal: s.h ?? 'left',
          vertical: s.v ?? 'top',
          ...(s.wrap ? { wrapText: true } : {}),
        },
        ...(s.border ? { border: BORDER } : {}),
        ...(s.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } } } : {}),
        ...(s.numFmt ? { numFmt: s.numFmt } : {}),
      } as Partial<ExcelJSTypes.Style>;
      cache.set(s, x);
    }
    return x;
  };
}

function cellValue(cell: DocCell): ExcelJSTypes.CellValue {
  const v = cell.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return v === '' ? null : workbookText(v);
  return { richText: v.map((r) => ({ text: workbookText(r.text), font: fontOf(cell.s, r) })) };
}

/**
 * Merges every rectangle by making its bottom-right cell a merge of its top-left one. exceljs 4.4 writes a sheet's
 * `<mergeCells>` from its merge-type cells alone (each widens its master's range), so that one cell gives the
 * same merge as `ws.mergeCells`, which makes every covered cell a merge cell (21,638 cells created and 37,736
 * ranges widened for the 129-commune workbook) and checks each new merge against every earlier one (O(n²)). The
 * covered cells that carry a look — borders of a table's merged cells — are written by the builder with the
 * first cell's look (./sheet-builder `merge`); the others are left out, as Excel itself writes them. Our layouts
 * never overlap (the builder places them).
 */
function mergeAll(ws: ExcelJSTypes.Worksheet, merges: SheetDoc['merges']): void {
  for (const [r1, c1, r2, c2] of merges) {
    if (r1 === r2 && c1 === c2) continue;
    ws.getCell(r2 + 1, c2 + 1).merge(ws.getCell(r1 + 1, c1 + 1));
  }
}

/**
 * Adds `doc` to the workbook. A machine sheet's text goes into its own cells, not the shared strings
 * (./inline-text): its cells are written styled and empty, and the cells to fill in afterwards are returned.
 */
function writeSheet(
  wb: ExcelJSTypes.Workbook,
  doc: SheetDoc,
  look: ReturnType<typeof styleCache>,
): { part: string; cells: InlineCells } | undefined {
  const inline = doc.hidden ? inlineCells(doc, (r, c) => `${colLetter(c)}${r + 1}`) : undefined;
  const ws = wb.addWorksheet(doc.name, {
    state: doc.hidden ? 'veryHidden' : 'visible',
    views: doc.freezeRows ? [{ state: 'frozen', xSplit: 0, ySplit: doc.freezeRows }] : [{}],
  });
  doc.widths.forEach((w, c) => {
    const col = ws.getColumn(c + 1);
    col.width = w;
    if (doc.hiddenCols.has(c)) col.hidden = true;
  });
  for (const [r, cells] of doc.rows) {
    const row = ws.getRow(r + 1);
    plain(row);
    for (const [c, cell] of cells) {
      const x = row.getCell(c + 1);
      x.value = inline ? null : cellValue(cell);
      x.style = look(cell.s);
    }
  }
  for (const [r, h] of doc.heights) {
    const row = ws.getRow(r + 1);
    plain(row);
    row.height = h;
  }
  mergeAll(ws, doc.merges);
  const p = doc.page;
  // A break is set on the row above the one that begins the page.
  for (const r of p?.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  if (p) {
    ws.pageSetup = {
      paperSize: 9,
      orientation: p.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: MARGINS,
      horizontalCentered: true,
      printArea: `A1:${colLetter(p.lastCol)}${doc.lastRow + 1}`,
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows[0] + 1}:${p.titleRows[1] + 1}` } : {}),
    } as Partial<ExcelJSTypes.PageSetup>;
    ws.headerFooter = {
      differentFirst: true,
      oddHeader: `&C&"${FONT},Regular"&13&P`,
      firstHeader: '',
    } as Partial<ExcelJSTypes.HeaderFooter>;
  }
  return inline && { part: `xl/worksheets/sheet${ws.id}.xml`, cells: inline };
}

/** Writes the book to xlsx bytes. */
export async function writeXlsx(book: BookDoc): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJs();
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DTI Desk';
  wb.lastModifiedBy = 'DTI Desk';
  wb.title = book.title;
  wb.created = book.created;
  wb.modified = book.created;
  const look = styleCache();
  const inline = new Map<string, InlineCells>();
  for (const sheet of book.sheets) {
    const filled = writeSheet(wb, sheet, look);
    if (filled) inline.set(filled.part, filled.cells);
  }
  const buf = await wb.xlsx.writeBuffer(WRITE_OPTIONS as ExcelJSTypes.XlsxWriteOptions);
  return fillSheets(new Uint8Array(buf as ArrayBuffer), inline, WRITE_OPTIONS.zip.compressionOptions.level);
}

/** A book of named sheets, in order. */
export class BookBuilder {
  readonly sheets: SheetDoc[] = [];

  /** Adds `sheet` under `name`; `hidden` for the machine sheet. */
  add(name: string, sheet: SheetDoc, hidden = false): this {
    this.sheets.push({ ...sheet, name, hidden });
    return this;
  }

  /** The finished book. */
  book(title: string, created: Date): BookDoc {
    return { title, created, sheets: this.sheets };
  }
}
