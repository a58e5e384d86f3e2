/**
 * Vietnamese number reading and writing. Vietnamese writes 71,79 (decimal comma) and 2.416 (thousands dot).
 *
 * Reading rules of `parseViNumber` (after trimming, an optional leading minus):
 * - `12` → 12; `71,79` → 71.79; `1.234,5` → 1234.5; `1.234.567` → 1234567 (dots group exactly three digits).
 * - A dot is a thousands separator when every dot is followed by exactly three digits and the first group has
 *   1–3 digits not starting with 0 ("2.416" → 2416, "10.000" → 10000).
 * - Otherwise a single dot is a decimal point, for numbers typed the English way: "71.79" → 71.79,
 *   "0.500" → 0.5, "1234.5" → 1234.5. The one ambiguous shape, "2.416", is read the Vietnamese way (thousands).
 * - Anything else is refused with a Vietnamese message: text, "1,2,3", "1.2.3", "1,234.5", "1e3", "12 %".
 */

/** Result of `parseViNumber`: the value, or a Vietnamese reason. */
export type ViNumberResult = { ok: true; value: number } | { ok: false; error: string };

const INTEGER = /^\d+$/;
const COMMA_DECIMAL = /^\d+,\d+$/;
const GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d+$/;

/** Parses a number written the Vietnamese way (see the module comment for the exact rules). */
export function parseViNumber(s: string): ViNumberResult {
  const text = s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (text === '') return { ok: false, error: 'Chưa nhập số.' };
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  let canonical: string | undefined;
  if (INTEGER.test(body)) canonical = body;
  else if (COMMA_DECIMAL.test(body)) canonical = body.replace(',', '.');
  else if (GROUPED.test(body)) canonical = body.replace(/\./g, '').replace(',', '.');
  else if (DOT_DECIMAL.test(body)) canonical = body;
  if (canonical === undefined) {
    return { ok: false, error: `"${text}" không phải là số hợp lệ (ví dụ đúng: 12; 71,79; 2.416; 1.234,5).` };
  }
  const value = Number(canonical);
  if (!Number.isFinite(value)) return { ok: false, error: `"${text}" quá lớn.` };
  return { ok: true, value: negative && value !== 0 ? -value : value };
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minDecimals: number, maxDecimals: number): Intl.NumberFormat {
  const key = `${minDecimals}:${maxDecimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formatted numbers already seen, by decimals and value: Intl's format costs ~3 µs a call, and a workbook of 129
 * communes formats the same few hundred values 60,000 times (a third of laying out the sheets). Keyed by number, one
 * map per decimals pair (−0 in its own, as a Map sees −0 and 0 as one key): no key string is built per call.
 * Bounded: cleared when full.
 */
const seen = new Map<number, Map<number, string>>();
const SEEN_MAX = 20_000;
let seenCount = 0;

function formatted(min: number, max: number, n: number): string {
  const negZero = Object.is(n, -0);
  // With no decimals required, a non-negative integer below 1,000 has no separator: its digits are the answer.
  if (min === 0 && Number.isInteger(n) && n >= 0 && n < 1000 && !negZero) return String(n);
  const k = (min * 64 + max) * 2 + (negZero ? 1 : 0);
  let byValue = seen.get(k);
  if (byValue === undefined) seen.set(k, (byValue = new Map()));
  let s = byValue.get(n);
  if (s === undefined) {
    if (seenCount >= SEEN_MAX) {
      for (const m of seen.values()) m.clear();
      seenCount = 0;
    }
    s = formatter(min, max).format(n);
    byValue.set(n, s);
    seenCount++;
  }
  return s;
}

/** Formats `n` with exactly `decimals` decimals the Vietnamese way ("2.416,50"); "—" for NaN or infinities. */
export function formatViNumber(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return '—';
  const d = Math.max(0, Math.min(20, Math.trunc(decimals)));
  return formatted(d, d, n);
}

/** Formats `n` with at most `maxDecimals` decimals, dropping trailing zeros ("16", "6,67", "0,5"). */
export function formatViCompact(n: number, maxDecimals = 2): string {
  if (!Number.isFinite(n)) return '—';
  const d = Math.max(0, Math.min(20, Math.trunc(maxDecimals)));
  return formatted(0, d, n);
}

/** A file or part size the Vietnamese way: "850 byte", "38,5 KB", "2,8 MB" (1 KB = 1,024 bytes). */
export function formatViBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024) return `${formatViNumber(n)} byte`;
  if (n < 1024 * 1024) return `${formatViCompact(n / 1024, 1)} KB`;
  if (n < 1024 * 1024 * 1024) return `${formatViCompact(n / 1048576, 1)} MB`;
  return `${formatViCompact(n / 1073741824, 1)} GB`;
}
