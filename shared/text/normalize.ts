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
