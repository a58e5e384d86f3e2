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

/** A run of a word diff: text both sides share, text only the first has, or text only the second has. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Above this many word pairs in the changed middle, the middle is shown as one removed and one added run. */
const MAX_PAIRS = 1_000_000;

const words = (s: string): string[] => s.match(/\s+|[^\s]+/g) ?? [];

/**
 * A word diff of `before` → `after` (words and the spaces between them are the units): the common start and end
 * are trimmed, the middle aligned by longest common subsequence. Joining the 'same' and 'removed' parts gives
 * `before` back; joining 'same' and 'added' gives `after`.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = words(before);
  const b = words(after);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const am = a.slice(p, a.length - s);
  const bm = b.slice(p, b.length - s);
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string): void => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, p).join(''));
  for (const part of middle(am, bm)) push(part.kind, part.text);
  push('same', a.slice(a.length - s).join(''));
  return parts;
}

function middle(a: readonly string[], b: readonly string[]): DiffPart[] {
  if (a.length * b.length > MAX_PAIRS || a.length === 0 || b.length === 0)
    return [
      { kind: 'removed', text: a.join('') },
      { kind: 'added', text: b.join('') },
    ];
  const w = b.length + 1;
  // lcs[i * w + j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i++] ?? '' });
      j++;
    } else if ((lcs[(i + 1) * w + j] ?? 0) >= (lcs[i * w + j + 1] ?? 0))
      out.push({ kind: 'removed', text: a[i++] ?? '' });
    else out.push({ kind: 'added', text: b[j++] ?? '' });
  }
  while (i < a.length) out.push({ kind: 'removed', text: a[i++] ?? '' });
  while (j < b.length) out.push({ kind: 'added', text: b[j++] ?? '' });
  return out;
}
