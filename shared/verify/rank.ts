/**
 * Ranking of communes by verified total, standard competition ranking: ties share a rank and the next rank skips
 * ("1", "2", "2", "4"). Totals are compared as printed, rounded to 2 decimals, so two communes shown with the same
 * points never get different ranks because of float noise.
 */

/** The rank of each value (higher value = better rank 1), in input order. */
export function competitionRanks(values: readonly number[], decimals = 2): number[] {
  const f = 10 ** decimals;
  const keys = values.map((v) => (Number.isFinite(v) ? Math.round(v * f) : -Infinity));
  return keys.map((k) => 1 + keys.filter((o) => o > k).length);
}
