/**
 * Vietnamese text helpers: one normal form, diacritic-insensitive folding for search, and collation.
 * Names arrive composed (NFC) or decomposed (NFD) depending on the keyboard tool, so everything that is compared,
 * hashed or stored goes through `nfc` first.
 */

/** Returns `s` in Unicode NFC, the form every stored Vietnamese string uses. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Folds Vietnamese text for diacritic-insensitive search: strips tones and vowel marks, maps đ/Đ to d,
 * lower-cases and collapses white space. "Nhận thức  Số" → "nhan thuc so".
 */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

let collator: Intl.Collator | undefined;

/** Compares two strings in Vietnamese dictionary order (Intl.Collator 'vi'); use as an `Array.sort` comparator. */
export function compareVi(a: string, b: string): number {
  collator ??= new Intl.Collator('vi');
  return collator.compare(nfc(a), nfc(b));
}

/**
 * What a typed text field stores: NFC, line breaks as LF, runs of spaces or tabs as one space, no spaces at the
 * ends of a line and no blank lines at either end. "Quyết  định" typed in NFD is stored as "Quyết định" in NFC,
 * the same text the exported workbook carries. Bidirectional controls (U+202E…) are dropped where typed or pasted.
 */
export function cleanTyped(s: string): string {
  return stripBidi(nfc(s))
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/^\n+|\n+$/g, '')
    .trim();
}

/** The words of `s`, folded (no diacritics, lower case). */
function foldedWords(s: string): string[] {
  return foldVi(s).match(/\p{L}+|\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
}

/**
 * Search by word start, diacritics ignored: every word of `query` must begin a word of `text`; a word followed
 * by a space in the query is complete and must match a whole word. "hoa don" finds "Hóa đơn điện tử" but not
 * "Hoạt động"; "hoa d" finds both "hóa đơn" and "hóa dược"; "nhan th" finds "Nhận thức số".
 */
export function matchesWordStart(text: string, query: string): boolean {
  const q = foldVi(query);
  if (q === '') return true;
  const words = foldedWords(text);
  const parts = q.split(' ');
  const openEnded = !/\s$/.test(query);
  return parts.every((p, i) => {
    const last = i === parts.length - 1 && openEnded;
    return words.some((w) => (last ? w.startsWith(p) : w === p));
  });
}

/**
 * Bidirectional controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, LRM, RLM, ALM). None
 * belongs in Vietnamese text, and an override makes "abc\u202Egnp.exe" display as "abcexe.png".
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** `s` without bidirectional controls. */
export function stripBidi(s: string): string {
  return s.replace(BIDI_CONTROLS, '');
}

/** True when `s` holds a bidirectional control. */
export function hasBidi(s: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(s);
}

/** Zero-width and invisible format characters that a copy from a web page or chat may leave inside a code. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** `s` without zero-width characters and bidi controls (for codes and headers, never for free text). */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '').replace(BIDI_CONTROLS, '');
}
