/**
 * A small writer of SheetJS sheets that only ever makes plain string cells (formula-safe, see ./cell-text) and
 * number cells with a number format. It never writes a formula.
 */
import * as XLSX from 'xlsx';
import { encodeCellText } from './cell-text';

/** Builds one sheet cell by cell (0-based row and column). */
export class SheetBuilder {
  private readonly sheet: XLSX.WorkSheet = {};
  private readonly merges: XLSX.Range[] = [];
  private maxRow = 0;
  private maxCol = 0;

  private put(r: number, c: number, cell: XLSX.CellObject): void {
    this.sheet[XLSX.utils.encode_cell({ r, c })] = cell;
    this.maxRow = Math.max(this.maxRow, r);
    this.maxCol = Math.max(this.maxCol, c);
  }

  /** A text cell; empty text writes nothing (LibreOffice drops empty cells anyway). */
  text(r: number, c: number, s: string): this {
    if (s !== '') this.put(r, c, { t: 's', v: encodeCellText(s) });
    return this;
  }

  /** A number cell with number format `z` (e.g. "0.00"); a non-finite number writes nothing. */
  num(r: number, c: number, n: number | undefined, z = 'General'): this {
    if (n !== undefined && Number.isFinite(n)) this.put(r, c, { t: 'n', v: n, z });
    return this;
  }

  /** Merges the rectangle r1..r2 × c1..c2. */
  merge(r1: number, c1: number, r2: number, c2: number): this {
    this.merges.push({ s: { r: r1, c: c1 }, e: { r: r2, c: c2 } });
    return this;
  }

  /** The finished sheet with column widths (characters). */
  finish(widths: readonly number[]): XLSX.WorkSheet {
    this.sheet['!ref'] = XLSX.utils.encode_range({
      s: { r: 0, c: 0 },
      e: { r: this.maxRow, c: Math.max(this.maxCol, widths.length - 1) },
    });
    this.sheet['!cols'] = widths.map((wch) => ({ wch }));
    if (this.merges.length > 0) this.sheet['!merges'] = this.merges;
    return this.sheet;
  }
}
