/**
 * The p-th percentile of `count` sorted values as PostgreSQL's percentile_cont computes it (linear interpolation),
 * from the two order statistics it reads: `low` at 0-based rank ⌊p(count − 1)⌋ and `high` at the next rank (null when
 * `low` is the last value). The database returns only those two per percentile, not every value.
 */
export function interpolatePercentile(p: number, count: number, low: number, high: number | null): number {
  const position = p * (count - 1);
  return low + (position - Math.floor(position)) * ((high ?? low) - low);
}

/** The 0-based rank of `low` for interpolatePercentile: ⌊p(count − 1)⌋. */
export const percentileRank = (p: number, count: number): number => Math.floor(p * (count - 1));
