/** Value frequencies for the term-frequency adjustment, computed over all records of the run. */
export interface TermFrequencies {
  /** Frequency of each record's own value; NaN when the record has no value. */
  byRecord: Float64Array;
  /** The most common values and their frequencies, for storing in the model. */
  top: Record<string, number>;
  /** Frequency of a value seen once, used for values not in `top`. */
  defaultFrequency: number;
}

/** Counts each value's share among the records that have one. */
export function computeTermFrequencies(keys: readonly (string | undefined)[], topCount = 500): TermFrequencies {
  const counts = new Map<string, number>();
  let present = 0;
  for (const key of keys) {
    if (key !== undefined && key !== '') {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      present += 1;
    }
  }
  const total = Math.max(1, present);
  const byRecord = Float64Array.from(keys, (key) =>
    key === undefined || key === '' ? Number.NaN : (counts.get(key) ?? 1) / total,
  );
  const top = Object.fromEntries(
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topCount)
      .map(([key, count]) => [key, count / total]),
  );
  return { byRecord, top, defaultFrequency: 1 / total };
}
