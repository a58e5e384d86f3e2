/**
 * Display formatting of points and shares. Points are summed unrounded; only display rounds (2 decimals).
 */
import { formatViCompact, formatViNumber } from '../text/numbers';

/** Points with 2 decimals and a decimal comma: 7.5 → "7,50", 587.41 → "587,41", 1000 → "1.000,00". */
export function formatPoints(points: number): string {
  return formatViNumber(points, 2);
}

/** Points with at most 2 decimals, trailing zeros dropped: 16 → "16", 6.666… → "6,67". */
export function formatPointsShort(points: number): string {
  return formatViCompact(points, 2);
}

/** A fraction as a percentage with 2 decimals: 0.8 → "80,00%". */
export function formatPercent(fraction: number): string {
  return `${formatViNumber(fraction * 100, 2)}%`;
}
