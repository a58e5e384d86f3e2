/**
 * Display of points and shares, with ONE rounding rule (our design):
 * - points are computed and summed exactly (unrounded floats);
 * - a point figure is shown rounded half-up to 2 decimals (`roundPoints`), the same value in the UI, every
 *   workbook cell and every sentence, so a reader who adds up what is shown finds what is shown;
 * - a difference is the difference of the two figures as shown (`shownDiff`), never a rounded exact difference;
 * - the index (points ÷ max) is shown as a percentage with 2 decimals computed from the points as shown.
 */
import { formatViCompact, formatViNumber } from '../text/numbers';

/** Hundredths of `points` rounded half-up; `toPrecision(12)` first so that 1.005 × 100 = 100.4999… counts as 100.5. */
function cents(points: number): number {
  const x = points * 100;
  // Whole hundredths (most points) are their own rounding; toPrecision is the slow part of a 129-commune export.
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x === 0 ? 0 : x;
  return Math.round(Number(x.toPrecision(12)));
}

/** Points as shown: rounded half-up to 2 decimals (685.8149 → 685.81, 1.005 → 1.01). */
export function roundPoints(points: number): number {
  if (!Number.isFinite(points)) return points;
  return cents(points) / 100;
}

/** `b − a` as the difference of the shown figures: shownDiff(685.814, 679.346) = 679.35 − 685.81 = −6.46. */
export function shownDiff(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return b - a;
  return (cents(b) - cents(a)) / 100;
}

/** Points with 2 decimals and a decimal comma: 7.5 → "7,50", 587.41 → "587,41", 1000 → "1.000,00". */
export function formatPoints(points: number): string {
  return formatViNumber(roundPoints(points), 2);
}

/** A signed difference with 2 decimals: 6.46 → "+6,46", −6.46 → "−6,46", 0 → "0,00". */
export function formatPointsDiff(diff: number): string {
  const d = roundPoints(diff);
  if (d === 0) return formatViNumber(0, 2);
  return `${d > 0 ? '+' : '−'}${formatViNumber(Math.abs(d), 2)}`;
}

/** Points with at most 2 decimals, trailing zeros dropped: 16 → "16", 6.666… → "6,67". */
export function formatPointsShort(points: number): string {
  return formatViCompact(roundPoints(points), 2);
}

/** The index as shown, in percent with 2 decimals, from the points as shown: (685.814, 1000) → 68.58. */
export function indexPercent(points: number, maxPoints: number): number {
  if (!(maxPoints > 0)) return 0;
  return roundPoints((roundPoints(points) * 100) / maxPoints);
}

/** "68,58%": the index of `points` over `maxPoints` as shown everywhere. */
export function formatIndexPercent(points: number, maxPoints: number): string {
  return `${formatViNumber(indexPercent(points, maxPoints), 2)}%`;
}

/** A fraction as a percentage with 2 decimals: 0.8 → "80,00%". */
export function formatPercent(fraction: number): string {
  return `${formatViNumber(fraction * 100, 2)}%`;
}
