/**
 * The parts every administrative document has (Nghị định 30/2020/NĐ-CP, Phụ lục I), written into a sheet of the
 * layout model: the header block (supervising and issuing body, number, national motto, place and date) and the
 * closing (date line, signature blocks, "Nơi nhận"). The words come in as parameters (./words.ts builds them), so
 * the same layout serves a commune, a district or a province.
 */
import type { Run } from '../excel/doc';
import { type CellStyle, S } from '../excel/styles';
import type { SheetBuilder } from '../excel/sheet-builder';

/** The header block's words. */
export interface AdminHeader {
  /** Supervising body, uppercase ("UBND HUYỆN GIA VIỄN"); '' when none. */
  supervising: string;
  /** Issuing body, uppercase ("ỦY BAN NHÂN DÂN XÃ GIA PHONG"). */
  issuing: string;
  /** "Số: 15/BC-UBND". */
  number: string;
  /** A công văn's subject under the number ("V/v …"). */
  subject?: string;
  /** "Gia Phong, ngày 05 tháng 01 năm 2026"; omitted on forms that date at the signature instead. */
  dateLine?: string;
}

/** One signature block. */
export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN", "ĐẠI DIỆN TỔ THẨM TRA"; may be empty. */
  authority?: string;
  /** "CHỦ TỊCH", "NGƯỜI LẬP BIỂU"; may hold a line break ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"). */
  title: string;
  /** "(Ký, ghi rõ họ tên)" or "(Ký tên, đóng dấu)". */
  note: string;
  /** Full name; empty leaves the line to be written by hand. */
  name: string;
}

/** Columns of the two halves of the page (0-based, inclusive). */
export interface Halves {
  left: readonly [number, number];
  right: readonly [number, number];
}

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const SIGN_PERSON = '(Ký, ghi rõ họ tên)';
export const SIGN_SEAL = '(Ký tên, đóng dấu)';

function cell(
  b: SheetBuilder,
  r: number,
  [c1, c2]: readonly [number, number],
  text: string,
  style: CellStyle = S.bodyUpper,
) {
  b.text(r, c1, text, style);
  if (c2 > c1) b.merge(r, c1, r, c2);
}

/** Writes the header block from row `r0`; returns the first row after it (one blank row included). */
export function writeAdminHeader(b: SheetBuilder, h: AdminHeader, halves: Halves, r0: number): number {
  const left = h.supervising === '' ? [h.issuing, ''] : [h.supervising, h.issuing];
  cell(b, r0, halves.left, left[0] ?? '', h.supervising === '' ? S.bodyUpperBold : S.bodyUpper);
  cell(b, r0, halves.right, NATION, S.bodyUpperBold);
  cell(b, r0 + 1, halves.left, left[1] ?? '', S.bodyUpperBold);
  cell(b, r0 + 1, halves.right, MOTTO, S.motto);
  b.fit(r0, halves.left[0], halves.left[1], left[0] ?? '', 12);
  b.fit(r0 + 1, halves.left[0], halves.left[1], left[1] ?? '', 12);
  cell(b, r0 + 2, halves.left, h.number, S.number);
  if (h.dateLine) cell(b, r0 + 2, halves.right, h.dateLine, S.dateLine);
  b.height(r0 + 2, 22);
  let r = r0 + 3;
  if (h.subject) {
    cell(b, r, halves.left, h.subject, { ...S.number, size: 12 });
    b.fit(r, halves.left[0], halves.left[1], h.subject, 12);
    r++;
  }
  return r + 1;
}

function block(s: Signature, dateLine?: string): Run[] {
  const runs: Run[] = [];
  if (dateLine !== undefined) runs.push({ text: `${dateLine}\n`, italic: true });
  if (s.authority) runs.push({ text: `${s.authority}\n`, bold: true });
  if (s.title !== '') runs.push({ text: `${s.title}\n`, bold: true });
  runs.push({ text: `${s.note}\n\n\n\n\n`, italic: true });
  runs.push({ text: s.name === '' ? ' ' : s.name, bold: true });
  return runs;
}

const lines = (runs: readonly Run[]) =>
  runs
    .map((x) => x.text)
    .join('')
    .split('\n').length;

/** The closing of a document in one row (so a page break never splits it); returns the row after it. */
export function writeClosing(
  b: SheetBuilder,
  r: number,
  halves: Halves,
  closing: { dateLine?: string; left?: Signature; recipients?: readonly string[]; right: Signature },
): number {
  const right = block(closing.right, closing.dateLine);
  let left: Run[] = [];
  if (closing.left) left = block(closing.left, closing.dateLine === undefined ? undefined : '');
  else if (closing.recipients) {
    left = [
      { text: 'Nơi nhận:\n', bold: true, italic: true },
      { text: closing.recipients.map((x, i, a) => `- ${x}${i === a.length - 1 ? '.' : ';'}`).join('\n') },
    ];
  }
  const [l1, l2] = halves.left;
  const [r1, r2] = halves.right;
  if (left.length > 0) {
    b.runs(r, l1, left, closing.left ? S.signature : { ...S.label, size: 11 });
    if (l2 > l1) b.merge(r, l1, r, l2);
  }
  b.runs(r, r1, right, S.signature);
  if (r2 > r1) b.merge(r, r1, r, r2);
  b.height(r, Math.max(lines(right), lines(left)) * 17 + 6);
  return r + 1;
}

/** Titles under the header block, each centred over columns 0..last: the first bold and large. */
export function writeTitles(b: SheetBuilder, r0: number, last: number, lines: readonly string[]): number {
  let r = r0;
  lines.forEach((t, i) => {
    if (t !== '') b.para(r++, 0, last, t, i === 0 ? S.title : i === 1 ? S.subtitle : S.centered);
  });
  return r + 1;
}
