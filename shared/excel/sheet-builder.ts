/**
 * Builds one sheet of the layout model (../excel/doc.ts) cell by cell (0-based row and column). Text is written
 * as it is, in the Text format "@" (no apostrophe, see ../excel/styles.ts); only `machine` cells, read by DTI Desk
 * alone, keep the formula-safe escape of ./cell-text. It never writes a formula.
 */
import type { DocCell, PageSetup, Run, SheetDoc } from './doc';
import { type CellStyle, S } from './styles';
import { encodeCellText } from './cell-text';

/** Options of a finished sheet: print setup, frozen rows, columns hidden from people. */
export interface FinishOptions {
  page?: PageSetup;
  freezeRows?: number;
  hiddenCols?: readonly number[];
}

/** Height in points that `text` needs in a wrapped cell `widthChars` wide (a generous estimate). */
export function textHeight(text: string, widthChars: number, size = 11): number {
  const perLine = Math.max(4, (widthChars * 1.2 * 11) / size);
  let lines = 0;
  let from = 0;
  for (;;) {
    const to = text.indexOf('\n', from);
    const end = to < 0 ? text.length : to;
    lines += Math.max(1, Math.ceil(lineWidth(text, from, end) / perLine));
    if (to < 0) break;
    from = to + 1;
  }
  return Math.ceil(lines * size * 1.22 + 3);
}

/**
 * Heights already estimated, by font size and width, then text: the consolidated workbook repeats the same
 * method texts in every commune's sheet (129 times). Bounded: cleared when full.
 */
const heights = new Map<number, Map<string, number>>();
let heightCount = 0;

function knownHeight(text: string, widthChars: number, size: number): number {
  const k = widthChars * 128 + size;
  let byText = heights.get(k);
  if (byText === undefined) heights.set(k, (byText = new Map()));
  let h = byText.get(text);
  if (h === undefined) {
    if (heightCount >= 20_000) {
      for (const m of heights.values()) m.clear();
      heightCount = 0;
    }
    h = textHeight(text, widthChars, size);
    byText.set(text, h);
    heightCount++;
  }
  return h;
}

/** Width of a capital in average lowercase characters (Times New Roman, about 1,35). */
export const CAPITAL_WIDTH = 1.35;

/**
 * Width of text[from, to) in average lowercase characters: code points (a surrogate pair counts once), a capital
 * counting `CAPITAL_WIDTH`, so the uppercase lines of a header block ("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NINH BÌNH")
 * are given the height they wrap to.
 */
function lineWidth(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const u = text.charCodeAt(i);
    if (u >= 0xdc00 && u <= 0xdfff && i > from && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
    w += u < CAPITALS.length && CAPITALS[u] === 1 ? CAPITAL_WIDTH : 1;
  }
  return w;
}

/** 1 for each capital letter below U+2000 (Latin with every Vietnamese letter, Greek, Cyrillic), built once. */
const CAPITALS = (() => {
  const t = new Uint8Array(0x2000);
  for (let u = 0; u < t.length; u++) {
    const c = String.fromCharCode(u);
    if (c !== c.toLowerCase()) t[u] = 1;
  }
  return t;
})();

/** Builds one sheet. */
export class SheetBuilder {
  private readonly rows = new Map<number, Map<number, DocCell>>();
  private readonly merges: [number, number, number, number][] = [];
  private readonly heights = new Map<number, number>();
  private maxRow = 0;
  private widths: readonly number[] = [];

  /** Column widths known before `finish` let `para` estimate row heights. */
  constructor(widths: readonly number[] = []) {
    this.widths = widths;
  }

  private put(r: number, c: number, cell: DocCell): void {
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = new Map()));
    row.set(c, cell);
    if (r > this.maxRow) this.maxRow = r;
  }

  /** A text cell as written (no escape); empty text keeps only the look (borders of an empty table cell). */
  text(r: number, c: number, s: string, style: CellStyle = S.td): this {
    this.put(r, c, { v: s, s: style });
    return this;
  }

  /** A text cell only DTI Desk reads (manifest): formula-safe escaped (./cell-text), decoded by the reader. */
  machine(r: number, c: number, s: string): this {
    if (s !== '') this.put(r, c, { v: encodeCellText(s), s: S.machine });
    return this;
  }

  /** A cell of styled runs (one cell, several looks). */
  runs(r: number, c: number, runs: readonly Run[], style: CellStyle): this {
    this.put(r, c, { v: runs, s: style });
    return this;
  }

  /** A number cell; a missing or non-finite number writes an empty cell with the same look. */
  num(r: number, c: number, n: number | undefined, style: CellStyle = S.tdPoints): this {
    this.put(r, c, { v: n !== undefined && Number.isFinite(n) ? n : '', s: style });
    return this;
  }

  /** Gives the empty cells of row r, columns c1..c2, the look `style` (borders of a table row). */
  fill(r: number, c1: number, c2: number, style: CellStyle): this {
    const row = this.rows.get(r);
    for (let c = c1; c <= c2; c++) if (!row?.has(c)) this.put(r, c, { v: '', s: style });
    return this;
  }

  /** Merges the rectangle r1..r2 × c1..c2; the covered cells get the first cell's look (borders all round). */
  merge(r1: number, c1: number, r2: number, c2: number): this {
    this.merges.push([r1, c1, r2, c2]);
    const s = this.rows.get(r1)?.get(c1)?.s;
    if (s?.border)
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) this.put(r, c, { v: '', s });
    return this;
  }

  /** A paragraph over columns c1..c2 of row r: merged, wrapped, with a row height that fits it. */
  para(r: number, c1: number, c2: number, text: string, style: CellStyle = S.para): this {
    this.text(r, c1, text, style);
    if (c2 > c1) this.merge(r, c1, r, c2);
    this.fit(r, c1, c2, text, style.size ?? 11);
    return this;
  }

  /** Makes row r tall enough for `text` over columns c1..c2 (never lowers a height already set). */
  fit(r: number, c1: number, c2: number, text: string, size = 11): this {
    let w = 0;
    for (let c = c1; c <= c2; c++) w += this.widths[c] ?? 10;
    return this.height(r, textHeight(text, w, size));
  }

  /** Sets row r's height in points (the larger of this and any height already set). */
  height(r: number, points: number): this {
    this.heights.set(r, Math.min(409, Math.max(points, this.heights.get(r) ?? 0)));
    return this;
  }

  /** The row after the last row written. */
  get nextRow(): number {
    return this.rows.size === 0 ? 0 : this.maxRow + 1;
  }

  /**
   * Row heights for wrapped text, estimated, where none was set: neither Excel nor LibreOffice grows a row for
   * wrapped text written by a library, so without them long texts print cut off.
   */
  private autoHeights(widths: readonly number[]): void {
    const span = new Map<number, number>(); // r × 16384 + c (Excel's column count) → width of a one-row merge
    for (const [r1, c1, r2, c2] of this.merges) {
      if (r1 !== r2) continue;
      let w = 0;
      for (let c = c1; c <= c2; c++) w += widths[c] ?? 10;
      span.set(r1 * 16384 + c1, w);
    }
    for (const [r, cells] of this.rows) {
      if (this.heights.has(r)) continue;
      let h = 0;
      for (const [c, cell] of cells) {
        const v = cell.v;
        if (typeof v !== 'string' || v === '' || !cell.s.wrap) continue;
        // Bold glyphs are about a tenth wider: a bold line that just fits in regular type wraps.
        const w = (span.get(r * 16384 + c) ?? widths[c] ?? 10) / (cell.s.bold ? 1.1 : 1);
        if (v.length < w && !v.includes('\n')) continue;
        h = Math.max(h, knownHeight(v, w, cell.s.size ?? 11));
      }
      if (h > 0) this.height(r, h);
    }
  }

  /** The finished sheet with column widths (characters); its name is set when it is added to a book. */
  finish(widths: readonly number[] = this.widths, opts: FinishOptions = {}): SheetDoc {
    this.autoHeights(widths);
    return {
      name: '',
      hidden: false,
      rows: this.rows,
      merges: this.merges,
      widths: [...widths],
      hiddenCols: new Set(opts.hiddenCols ?? []),
      heights: this.heights,
      ...(opts.page ? { page: opts.page } : {}),
      ...(opts.freezeRows ? { freezeRows: opts.freezeRows } : {}),
      lastRow: this.maxRow,
    };
  }
}
