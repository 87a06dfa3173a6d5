import type { LinkageMode } from './blocking';
import type { ComparisonColumn } from './comparison-column';
import type { ComparisonVectors } from './expectation-maximisation';
import { seededRandom } from '../../lib/seeded-random';

/** Compares every pair on every column: one byte per (pair, column). */
export function computeComparisonVectors(
  columns: readonly ComparisonColumn[],
  left: ArrayLike<number>,
  right: ArrayLike<number>,
): ComparisonVectors {
  const columnCount = columns.length;
  const pairCount = left.length;
  const levels = new Uint8Array(pairCount * columnCount);
  for (let pair = 0; pair < pairCount; pair += 1) {
    const i = left[pair] ?? 0;
    const j = right[pair] ?? 0;
    for (let column = 0; column < columnCount; column += 1) {
      levels[pair * columnCount + column] = columns[column]?.compare(i, j) ?? 0;
    }
  }
  return { levels, columnCount, pairCount };
}

/** The shared seeded generator, so a linkage run (random-pair sampling for u) is reproducible. */
export { seededRandom };

/**
 * Random record pairs (distinct records; across the two files in link mode), the sample u is estimated from:
 * nearly all random pairs are non-matches whatever the data.
 */
export function sampleRandomPairs(
  recordCount: number,
  mode: LinkageMode,
  sampleSize: number,
  seed: number,
): { left: Int32Array; right: Int32Array } {
  const random = seededRandom(seed);
  const leftCount = mode.kind === 'link' ? mode.leftCount : recordCount;
  const rightStart = mode.kind === 'link' ? mode.leftCount : 0;
  const rightCount = recordCount - rightStart;
  const possible = mode.kind === 'link' ? leftCount * rightCount : (recordCount * (recordCount - 1)) / 2;
  const size = Math.max(0, Math.min(sampleSize, possible));
  const left = new Int32Array(size);
  const right = new Int32Array(size);
  for (let index = 0; index < size; index += 1) {
    const i = Math.floor(random() * leftCount);
    let j = rightStart + Math.floor(random() * rightCount);
    if (mode.kind === 'dedupe' && j === i) {
      j = (i + 1 + Math.floor(random() * (recordCount - 1))) % recordCount;
    }
    left[index] = i;
    right[index] = j;
  }
  return { left, right };
}
