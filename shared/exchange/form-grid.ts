/**
 * "Biểu mẫu 01" of an assessment file as rows for the form check (./form-read), within the caps: a sheet too large or a
 * cell too long is refused by name (the cell's address, the indicator of its row and the header of its column).
 */
import * as XLSX from 'xlsx';
import { sheetToGrid, type GridRow, WORKBOOK_LIMITS } from '../excel/sheet-grid';
import { formatViNumber } from '../text/numbers';
import { type ExchangeError, exchangeError } from './errors';
import { SHEET_FORM } from './form-layout';
import { cellString } from './form-read';

const cellAt = (sheet: XLSX.WorkSheet, addr: string): unknown =>
  Object.prototype.hasOwnProperty.call(sheet, addr) ? (sheet[addr] as XLSX.CellObject | undefined)?.v : undefined;

/** Names a too-long cell of the form: address, the indicator of its row and the header of its column. */
function formCell(sheet: XLSX.WorkSheet, row: number, column: number, address: string): string {
  const code = cellString(cellAt(sheet, `A${row}`)).trim();
  let header = '';
  for (let r = 1; r < Math.min(row, 200) && header === ''; r++) {
    if (cellString(cellAt(sheet, `A${r}`)).trim() === 'TT')
      header = cellString(cellAt(sheet, `${XLSX.utils.encode_col(column)}${r}`)).trim();
  }
  return `Ô ${address} của trang "${SHEET_FORM}"${/^\d/.test(code) ? `, chỉ số ${code}` : ''}${header ? `, cột "${header}"` : ''}`;
}

/** The form's rows, or the refusal. */
export function formGrid(sheet: XLSX.WorkSheet): { ok: true; rows: GridRow[] } | { ok: false; error: ExchangeError } {
  const g = sheetToGrid(sheet);
  if (g.ok) return g;
  if (g.row === undefined)
    return {
      ok: false,
      error: exchangeError(
        'sheet-too-large',
        `Trang "${SHEET_FORM}": ${g.error} Đề nghị đơn vị xuất lại tệp từ DTI Desk.`,
      ),
    };
  return {
    ok: false,
    error: exchangeError(
      'cell-too-long',
      `${formCell(sheet, g.row, g.column, g.address)} dài ${formatViNumber(g.length)} ký tự, vượt giới hạn ${formatViNumber(WORKBOOK_LIMITS.maxCellChars)} ký tự của một ô Excel, nên tệp không phải bản DTI Desk xuất ra nguyên vẹn. Đề nghị đơn vị rút gọn nội dung ô này và xuất lại tệp.`,
      g.address,
    ),
  };
}
