import { buildComparisons } from '../patients/matching/build-comparisons';
import type { ComparisonColumn } from '../patients/matching/comparison-column';
import {
  findValueFrequency,
  logOdds,
  scoreComparison,
  toProbability,
  toWeightTable,
} from '../patients/matching/fellegi-sunter';
import type { PairScore } from '../patients/matching/fellegi-sunter';
import type { MatchModel } from '../patients/matching/match-model';
import { patientMatchFields, toPatientMatchRow, type MatchablePatient } from '../patients/patient-matching';

/** Pairs of records as parallel arrays of indexes into the scored patients. */
export interface RecordPairs {
  left: ArrayLike<number>;
  right: ArrayLike<number>;
}

/** The match probability of every pair, and the reasons of one pair on demand (only kept pairs need them). */
export interface ScoredPairs {
  probability: Float64Array;
  explain(pair: number): PairScore;
}

/** The comparisons that cost most per pair come last, so a pair already out of reach skips them. */
const comparisonCost: Record<string, number> = {
  birth_date: 1,
  father_given_name: 1,
  given_name: 2,
  family_name: 2,
  address: 3,
};

/**
 * Scores many pairs of stored patients with a stored model, for the batch deduplication: the same probabilities as
 * `scorePatientCandidates`, but each patient is prepared once and the per-pair work is a tight loop over typed arrays
 * (a weight table, the term-frequency weights precomputed per record). Columns the model does not know are skipped;
 * the household-shared columns count only their strongest agreement, as in `WeightSum`.
 * With `floor`, a pair whose probability provably stays below it (its weight so far plus the best the remaining
 * columns could add) stops early and gets 0: the batch keeps only pairs at or above the review threshold, and the
 * costly comparisons (names, address) are skipped for most pairs of a block.
 */
export function scorePatientPairs(
  model: MatchModel,
  patients: readonly MatchablePatient[],
  pairs: RecordPairs,
  options: { floor?: number } = {},
): ScoredPairs {
  const { columns } = buildComparisons(patientMatchFields, patients.map(toPatientMatchRow));
  const byName = new Map(columns.map((column) => [column.name, column]));
  const modelColumns = model.columns;
  const compared: (ComparisonColumn | undefined)[] = modelColumns.map((column) => byName.get(column.name));
  const weights = toWeightTable(model);
  // Per column and record, the weight of an exact agreement on that record's value (term-frequency adjusted), or NaN.
  const exactWeights = modelColumns.map((modelColumn, index) => {
    const keys = compared[index]?.termFrequencyKeys;
    const exactM = Math.log2(modelColumn.m[1] ?? 1);
    return Float64Array.from(patients, (_, record) => {
      const frequency = keys === undefined ? undefined : findValueFrequency(modelColumn, keys[record]);
      return frequency === undefined ? Number.NaN : exactM - Math.log2(frequency);
    });
  });
  const order = modelColumns
    .map((column, index) => ({ index, cost: comparisonCost[column.name] ?? 0 }))
    .filter(({ index }) => compared[index] !== undefined)
    .sort((a, b) => a.cost - b.cost || a.index - b.index)
    .map(({ index }) => index);
  const steps = order.length;
  const stepColumns = order.map((index) => compared[index]);
  const stepWeights = order.map((index) => weights[index] ?? new Float64Array(0));
  const stepExact = order.map((index) => exactWeights[index] ?? new Float64Array(0));
  const stepShared = Uint8Array.from(order, (index) => (modelColumns[index]?.shared ? 1 : 0));
  const bounds = remainingBounds(order, weights, exactWeights, stepShared);
  const prior = logOdds(model.lambda);
  const floorWeight = options.floor === undefined || options.floor <= 0 ? -Infinity : logOdds(options.floor);
  const pairCount = pairs.left.length;
  const probability = new Float64Array(pairCount);
  for (let pair = 0; pair < pairCount; pair += 1) {
    const i = pairs.left[pair] ?? 0;
    const j = pairs.right[pair] ?? 0;
    let total = prior;
    let sharedAgreement = 0;
    let reachable = true;
    for (let step = 0; step < steps; step += 1) {
      const best = total + (bounds.personal[step] ?? 0) + Math.max(sharedAgreement, bounds.shared[step] ?? 0);
      if (best < floorWeight) {
        reachable = false;
        break;
      }
      const level = stepColumns[step]?.compare(i, j) ?? 0;
      if (level === 0) {
        continue;
      }
      const exact = level === 1 ? (stepExact[step]?.[i] ?? Number.NaN) : Number.NaN;
      const weight = Number.isNaN(exact) ? (stepWeights[step]?.[level] ?? 0) : exact;
      if (stepShared[step] === 1 && weight > 0) {
        sharedAgreement = weight > sharedAgreement ? weight : sharedAgreement;
      } else {
        total += weight;
      }
    }
    probability[pair] =
      reachable && total + sharedAgreement >= floorWeight ? toProbability(total + sharedAgreement) : 0;
  }
  return {
    probability,
    explain(pair) {
      const i = pairs.left[pair] ?? 0;
      const j = pairs.right[pair] ?? 0;
      const levels = compared.map((comparison) => (comparison === undefined ? 0 : comparison.compare(i, j)));
      const frequencies = modelColumns.map((modelColumn, index) =>
        levels[index] === 1 ? findValueFrequency(modelColumn, compared[index]?.termFrequencyKeys?.[i]) : undefined,
      );
      return scoreComparison(model, levels, frequencies);
    },
  };
}

/**
 * From each step on, the most the remaining columns can add: the sum of the personal columns' best weights, and the
 * best single shared agreement (only the strongest shared agreement counts).
 */
function remainingBounds(
  order: readonly number[],
  weights: readonly Float64Array[],
  exactWeights: readonly Float64Array[],
  shared: Uint8Array,
): { personal: Float64Array; shared: Float64Array } {
  const personal = new Float64Array(order.length + 1);
  const sharedBest = new Float64Array(order.length + 1);
  for (let step = order.length - 1; step >= 0; step -= 1) {
    const index = order[step] ?? 0;
    let best = 0;
    for (const weight of weights[index]?.subarray(1) ?? []) {
      best = Math.max(best, weight);
    }
    for (const weight of exactWeights[index] ?? []) {
      best = Number.isNaN(weight) ? best : Math.max(best, weight);
    }
    personal[step] = (personal[step + 1] ?? 0) + (shared[step] === 1 ? 0 : best);
    sharedBest[step] = Math.max(sharedBest[step + 1] ?? 0, shared[step] === 1 ? best : 0);
  }
  return { personal, shared: sharedBest };
}
