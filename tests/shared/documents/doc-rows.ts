// The text of a layout-model sheet as rows of strings (numbers as JavaScript writes them), for assertions.
import { cellText, type SheetDoc } from '../../../shared/excel/doc';

/** Rows 0..lastRow, each with its cells' text ('' where none). */
export function docRows(sheet: SheetDoc): string[][] {
  const width = Math.max(1, sheet.widths.length);
  const rows: string[][] = [];
  for (let r = 0; r <= sheet.lastRow; r++) {
    const row = Array.from({ length: width }, () => '');
    for (const [c, cell] of sheet.rows.get(r) ?? [])
      row[c] = typeof cell.v === 'number' ? String(cell.v) : cellText(cell.v);
    rows.push(row);
  }
  return rows;
}
