/**
 * Dates printed on verification documents. Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset
 * gives the officer's calendar date without relying on the machine's time zone.
 */

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

function parts(ms: number): { d: string; m: string; y: number } {
  const t = new Date(ms + VN_OFFSET_MS);
  return {
    d: String(t.getUTCDate()).padStart(2, '0'),
    m: String(t.getUTCMonth() + 1).padStart(2, '0'),
    y: t.getUTCFullYear(),
  };
}

/** "15/01/2025" (Vietnam time) for a time in ms since epoch. */
export function viDate(ms: number): string {
  const p = parts(ms);
  return `${p.d}/${p.m}/${p.y}`;
}

/** "ngày 15 tháng 01 năm 2025" (Vietnam time), as written in minutes. */
export function viDateLong(ms: number): string {
  const p = parts(ms);
  return `ngày ${p.d} tháng ${p.m} năm ${p.y}`;
}

/** "20250115" (Vietnam time), for file names. */
export function compactDate(ms: number): string {
  const p = parts(ms);
  return `${p.y}${p.m}${p.d}`;
}
