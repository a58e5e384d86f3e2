/**
 * Text cells that no spreadsheet or CSV consumer reads as a formula, and the exact reverse.
 *
 * Every text we write is a plain string cell (`t: 's'`), which Excel and LibreOffice never evaluate. But a user
 * who saves the sheet as CSV, or re-types a cell, would turn "=HYPERLINK(…)" into a live formula. So text that
 * starts with = + - @ tab or CR is written behind one apostrophe ("'=1+1"), the OWASP CSV-injection defence; an
 * apostrophe already at the start is doubled so decoding is exact. A zero-width space was tried and rejected:
 * LibreOffice strips a leading U+200B on re-save, which would make the round trip lossy.
 */

const ESCAPE = "'";
const DANGEROUS = /^[=+\-@\t\r']/;

/** The cell text for `s`: unchanged, or behind one apostrophe when it could be read as a formula. */
export function encodeCellText(s: string): string {
  return DANGEROUS.test(s) ? ESCAPE + s : s;
}

/** The exact reverse of `encodeCellText`: drops one leading apostrophe. */
export function decodeCellText(s: string): string {
  return s.startsWith(ESCAPE) ? s.slice(1) : s;
}

/**
 * `s` as a workbook string (ECMA-376 ST_Xstring): an underscore that begins what reads as an escape ("_x0041_") is
 * written as "_x005F_", so Excel, LibreOffice and SheetJS read the text back as it was typed, not as "A". exceljs writes
 * text as given. SheetJS also decodes an upper-case "_X0041_", so that is kept the same way.
 */
export function workbookText(s: string): string {
  return s.replace(/_(?=x[\da-f]{4}_)/gi, '_x005F_');
}

/** Unicode NFC with line breaks as LF (browsers' text fields give LF; LibreOffice writes CR as _x000D_). */
export function normText(s: string): string {
  return s.replace(/\r\n?/g, '\n').normalize('NFC');
}
