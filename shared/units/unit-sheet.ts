import { sheetToGrid } from '../excel/sheet-grid';
import { HAND_MADE, type OpenOptions, openOutsideWorkbook } from '../exchange/open-workbook';
import { checkUnitItem, type UnitListResult } from './unit-list';

const HEADER = /^(mã|ma|mã đơn vị|code|stt)$/i;

/**
 * Reads a list of communes from the first sheet of an Excel file: code in column A, name in column B, an optional
 * header row, read through the one guarded door for outside workbooks. Errors name the sheet and row; a broken or
 * foreign file gives one error (the same message as the assessment import) and no units.
 */
export function readUnitSheet(bytes: Uint8Array, opts: Pick<OpenOptions, 'checkpoint'> = {}): UnitListResult {
  const book = openOutsideWorkbook(bytes, { ...HAND_MADE, ...opts });
  if (!book.ok) return { items: [], errors: [book.error.message] };
  const name = book.wb.SheetNames[0];
  const sheet = name === undefined ? undefined : book.wb.Sheets[name];
  if (!sheet || name === undefined) return { items: [], errors: ['Tệp không có trang tính nào.'] };
  const grid = sheetToGrid(sheet);
  if (!grid.ok) return { items: [], errors: [`Trang "${name}": ${grid.error}`] };
  const result: UnitListResult = { items: [], errors: [] };
  const seen = new Set<string>();
  grid.rows.forEach((r, i) => {
    const [code, unitName] = r.cells;
    if (
      (code === null || code === undefined || code === '') &&
      (unitName === null || unitName === undefined || unitName === '')
    )
      return;
    if (i === 0 && HEADER.test(String(code ?? '').trim())) return;
    const item = checkUnitItem(code, unitName, `Trang "${name}", dòng ${r.row}`);
    if (typeof item === 'string') result.errors.push(item);
    else if (seen.has(item.code))
      result.errors.push(`Trang "${name}", dòng ${r.row}: mã ${item.code} bị trùng, bỏ qua.`);
    else {
      seen.add(item.code);
      result.items.push(item);
    }
  });
  if (result.items.length === 0 && result.errors.length === 0)
    result.errors.push(`Trang "${name}" không có đơn vị nào (cột A: mã, cột B: tên).`);
  return result;
}
