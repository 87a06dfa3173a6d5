import { missingLevel } from './comparison-column';
import type { MatchModel, ModelColumn } from './match-model';

/** Why a pair scored as it did: one entry per comparison column. */
export interface MatchReason {
  field: string;
  level: string;
  /** log2 Bayes factor of this field's agreement level; 0 when missing. */
  weight: number;
}

/** The score of one pair. */
export interface PairScore {
  weight: number;
  probability: number;
  reasons: MatchReason[];
}

/** log2(p / (1 − p)), the prior weight of a match probability. */
export function logOdds(probability: number): number {
  return Math.log2(probability / (1 - probability));
}

/** Converts a total match weight (log2 odds) into a probability. */
export function toProbability(weight: number): number {
  return 1 / (1 + 2 ** -weight);
}

/** Per column and level, log2(m / u); 0 for the missing level. */
export function toWeightTable(model: MatchModel): Float64Array[] {
  return model.columns.map((column) => {
    const weights = new Float64Array(column.levels.length);
    for (let level = 1; level < column.levels.length; level += 1) {
      weights[level] = Math.log2((column.m[level] ?? 1) / (column.u[level] ?? 1));
    }
    return weights;
  });
}

/**
 * Weight of one column's level, with the term-frequency adjustment: an exact agreement on a value seen with
 * frequency f is as likely by chance as f, so its u becomes f ("Mohamed = Mohamed" is weak evidence).
 */
export function columnWeight(column: ModelColumn, level: number, valueFrequency?: number): number {
  if (level === missingLevel) {
    return 0;
  }
  const m = column.m[level] ?? 1;
  const u = level === 1 && valueFrequency !== undefined ? valueFrequency : (column.u[level] ?? 1);
  return Math.log2(m / u);
}

/** Value frequency of an exact agreement from a model's stored table (for pairs scored outside a batch). */
export function findValueFrequency(column: ModelColumn, value: string | undefined): number | undefined {
  if (column.termFrequencies === undefined || value === undefined) {
    return undefined;
  }
  return column.termFrequencies.values[value] ?? column.termFrequencies.defaultFrequency;
}

/**
 * Adds up column weights. Household-shared attributes (family name, phone, address, locality, AMO number) agree
 * together for relatives, so their agreements are far from independent: only the strongest positive one counts,
 * while their disagreements and every personal attribute add up as usual.
 */
export class WeightSum {
  private total = 0;
  private sharedAgreement = 0;
  add(weight: number, shared: boolean): void {
    if (shared && weight > 0) {
      this.sharedAgreement = Math.max(this.sharedAgreement, weight);
    } else {
      this.total += weight;
    }
  }
  value(): number {
    return this.total + this.sharedAgreement;
  }
}

/**
 * Scores a comparison vector: prior log odds plus each column's weight, the probability, and the reasons.
 * `valueFrequencies[c]` is the frequency of the agreed value of column c when it agrees exactly.
 */
export function scoreComparison(
  model: MatchModel,
  levels: ArrayLike<number>,
  valueFrequencies: readonly (number | undefined)[] = [],
): PairScore {
  const sum = new WeightSum();
  sum.add(logOdds(model.lambda), false);
  const reasons: MatchReason[] = [];
  for (const [index, column] of model.columns.entries()) {
    const level = levels[index] ?? missingLevel;
    const fieldWeight = columnWeight(column, level, valueFrequencies[index]);
    sum.add(fieldWeight, column.shared);
    reasons.push({ field: column.name, level: column.levels[level] ?? 'missing', weight: fieldWeight });
  }
  const weight = sum.value();
  return { weight, probability: toProbability(weight), reasons };
}
