import { nfc } from '../text/normalize';

/** A commune as given in a pasted or imported list. */
export interface UnitListItem {
  code: string;
  name: string;
}

/** A list read from text or a sheet: the good rows and a Vietnamese message for each refused one. */
export interface UnitListResult {
  items: UnitListItem[];
  errors: string[];
}

/** A unit code: digits and unaccented letters (with . _ -), at most 20 characters. */
export const UNIT_CODE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$/;
const HEADER_WORDS = /^(mã|ma|code|stt)$/i;

/** Checks one (code, name) pair; `where` says where it came from, e.g. "Dòng 3". */
export function checkUnitItem(codeIn: unknown, nameIn: unknown, where: string): UnitListItem | string {
  const code = nfc(String(codeIn ?? '').trim());
  const name = nfc(
    String(nameIn ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (!code && !name) return `${where}: trống.`;
  if (!UNIT_CODE.test(code))
    return `${where}: mã đơn vị "${code}" không hợp lệ (chỉ gồm chữ số, chữ cái không dấu, tối đa 20 ký tự).`;
  if (!name) return `${where}: thiếu tên đơn vị cho mã ${code}.`;
  if (name.length > 120) return `${where}: tên đơn vị quá dài (tối đa 120 ký tự).`;
  return { code, name };
}

/**
 * Reads a list pasted from Excel or typed by hand: one unit per line, code then name, separated by a tab, a
 * semicolon or a comma ("09244<TAB>Xã Gia Phong"). A header line ("Mã, Tên") and blank lines are skipped;
 * a code given twice keeps the first and reports the second.
 */
export function parseUnitList(text: string): UnitListResult {
  const items: UnitListItem[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const sep = line.includes('\t') ? '\t' : line.includes(';') ? ';' : ',';
    const at = line.indexOf(sep);
    const code = at < 0 ? line : line.slice(0, at);
    const name = at < 0 ? '' : line.slice(at + 1);
    if (i === 0 && HEADER_WORDS.test(code.trim())) return;
    const r = checkUnitItem(code, name, `Dòng ${i + 1}`);
    if (typeof r === 'string') errors.push(r);
    else if (seen.has(r.code)) errors.push(`Dòng ${i + 1}: mã ${r.code} bị trùng, bỏ qua.`);
    else {
      seen.add(r.code);
      items.push(r);
    }
  });
  return { items, errors };
}
