/**
 * Where two texts differ, for a verifier who must see it at a glance: the first differing position and a short
 * excerpt of each side around it (the common start and end elided), so a changed word deep in a long giải trình
 * is visible instead of two identical clipped openings.
 */
import { formatViNumber } from '../text/numbers';

/** Texts up to this length are shown whole. */
export const SHOW_WHOLE = 60;
const CONTEXT = 20;
const SPAN = 40;

/** The first index where `a` and `b` differ (their common prefix length), never splitting a surrogate pair. */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i > 0 && /[\uD800-\uDBFF]/.test(a.charAt(i - 1))) i--;
  return i;
}

function excerpt(s: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT);
  const to = Math.min(s.length, Math.max(end, start) + CONTEXT);
  const mid = s.slice(from, to);
  const cut = mid.length > CONTEXT + SPAN + CONTEXT ? `${mid.slice(0, CONTEXT + SPAN)}…` : mid;
  return `${from > 0 ? '…' : ''}${cut}${to < s.length && cut === mid ? '…' : ''}`;
}

/**
 * The two sides of a change as shown in a message: whole when both are short, else excerpts around the first
 * difference, with `at` (1-based character position) for "khác từ ký tự …".
 */
export function changeExcerpts(before: string, after: string): { before: string; after: string; at?: number } {
  if (before.length <= SHOW_WHOLE && after.length <= SHOW_WHOLE) return { before, after };
  const p = firstDifference(before, after);
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s])
    s++;
  return {
    before: excerpt(before, p, before.length - s),
    after: excerpt(after, p, after.length - s),
    at: p + 1,
  };
}

/** "khác từ ký tự thứ 1.234; " or '' for short texts. */
export function differenceAt(at: number | undefined): string {
  return at === undefined ? '' : ` (khác từ ký tự thứ ${formatViNumber(at)})`;
}
