/** A pair of record ids. */
export type RecordPair = readonly [string, string];

/** Precision, recall and F1 of predicted duplicate pairs against the truth, with the counts behind them. */
export interface PairEvaluation {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

const pairKey = (left: string, right: string): string =>
  left < right ? `${left}\u0000${right}` : `${right}\u0000${left}`;

/** Every pair of records that belong to the same person (all pairs within each personId), ids in ascending order. */
export function truthPairs(records: Iterable<{ recordId: string; personId: string }>): [string, string][] {
  const byPerson = new Map<string, string[]>();
  for (const { recordId, personId } of records) {
    const ids = byPerson.get(personId);
    if (ids === undefined) {
      byPerson.set(personId, [recordId]);
    } else {
      ids.push(recordId);
    }
  }
  const pairs: [string, string][] = [];
  for (const ids of byPerson.values()) {
    const sorted = [...ids].sort();
    sorted.forEach((left, index) => {
      for (const right of sorted.slice(index + 1)) {
        pairs.push([left, right]);
      }
    });
  }
  return pairs;
}

/**
 * Compares predicted pairs with the true pairs. Pairs are unordered; repeated and self pairs are ignored.
 * A ratio with an empty denominator is 0 (no prediction means precision 0, no truth means recall 0).
 */
export function evaluatePairs(predicted: Iterable<RecordPair>, truth: Iterable<RecordPair>): PairEvaluation {
  const truthKeys = new Set<string>();
  for (const [left, right] of truth) {
    if (left !== right) {
      truthKeys.add(pairKey(left, right));
    }
  }
  const predictedKeys = new Set<string>();
  for (const [left, right] of predicted) {
    if (left !== right) {
      predictedKeys.add(pairKey(left, right));
    }
  }
  let truePositives = 0;
  for (const key of predictedKeys) {
    if (truthKeys.has(key)) {
      truePositives += 1;
    }
  }
  const falsePositives = predictedKeys.size - truePositives;
  const falseNegatives = truthKeys.size - truePositives;
  const precision = predictedKeys.size === 0 ? 0 : truePositives / predictedKeys.size;
  const recall = truthKeys.size === 0 ? 0 : truePositives / truthKeys.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives };
}
