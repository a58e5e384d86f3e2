/**
 * Excel sheet names: at most 31 characters, none of : \ / ? * [ ], not starting or ending with an apostrophe,
 * not "History" (reserved by Excel), and unique ignoring case (Excel compares names case-insensitively).
 */

/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

/** A valid sheet name for `name` (forbidden characters → "-", trimmed, cut at 31), or `fallback` when empty. */
export function cleanSheetName(name: string, fallback = 'Trang'): string {
  const s = name
    .normalize('NFC')
    .replace(FORBIDDEN, '-')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  const cut = [...s].slice(0, MAX_SHEET_NAME).join('').replace(/'+$/, '').trim();
  return cut === '' ? fallback : cut;
}

const key = (s: string) => s.normalize('NFC').toLowerCase();

/**
 * Allocates sheet names: each name cleaned, and when already taken (case-insensitively, or reserved) cut shorter
 * and suffixed " (2)", " (3)" … so the result stays within 31 characters. `taken` is updated.
 */
export class SheetNames {
  private readonly taken = new Set<string>([key('History')]);

  /** Marks fixed names (e.g. "Tổng hợp") as taken. */
  constructor(reserved: readonly string[] = []) {
    for (const r of reserved) this.taken.add(key(r));
  }

  /** A unique valid name for `name`. */
  allocate(name: string): string {
    const base = cleanSheetName(name);
    let candidate = base;
    for (let n = 2; this.taken.has(key(candidate)); n++) {
      const suffix = ` (${n})`;
      candidate = `${[...base]
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join('')
        .trimEnd()}${suffix}`;
    }
    this.taken.add(key(candidate));
    return candidate;
  }
}
