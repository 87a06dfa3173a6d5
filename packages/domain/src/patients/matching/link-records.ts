import { defaultBlockingRules, generateCandidatePairs, type LinkageMode } from './blocking';
import { buildComparisons } from './build-comparisons';
import type { ComparisonColumn, MatchField } from './comparison-column';
import { computeComparisonVectors, sampleRandomPairs } from './comparison-vectors';
import { chooseExpectedF1Threshold } from './expected-f1-threshold';
import { estimateU, runExpectationMaximisation } from './expectation-maximisation';
import { logOdds, toProbability, toWeightTable, WeightSum } from './fellegi-sunter';
import { matchModelVersion, type MatchModel } from './match-model';
import { computeTermFrequencies, type TermFrequencies } from './term-frequencies';

/** What to link: the mapped fields, the records (left file first in link mode) and options. */
export interface LinkageInput {
  fields: readonly MatchField[];
  rows: readonly (readonly string[])[];
  mode: LinkageMode;
  /** Link threshold on the match probability; chosen by expected F1 when absent. */
  threshold?: number;
  /** Pairs above this probability but below the link threshold go to review. */
  reviewThreshold?: number;
  randomPairs?: number;
  seed?: number;
  maxBlockPairs?: number;
}

/** The learnt model and every candidate pair with its match probability. */
export interface LinkageResult {
  model: MatchModel;
  candidates: { left: Int32Array; right: Int32Array; probability: Float64Array };
  skippedBlocks: { rule: string; size: number }[];
}

/** Default link/review thresholds when nothing better is known. */
const fallbackReviewThreshold = 0.2;

/**
 * Links or deduplicates records end to end, without labels: prepare → block → compare → u from random pairs →
 * m and λ by EM → score with term-frequency adjustment → threshold by expected F1.
 */
export function linkRecords(input: LinkageInput): LinkageResult {
  const recordCount = input.rows.length;
  const { columns, blocking } = buildComparisons(input.fields, input.rows);
  const rules = defaultBlockingRules(blocking);
  const candidates = generateCandidatePairs(recordCount, rules, input.mode, input.maxBlockPairs);
  const vectors = computeComparisonVectors(columns, candidates.left, candidates.right);
  const random = sampleRandomPairs(recordCount, input.mode, input.randomPairs ?? 300_000, input.seed ?? 20_250_101);
  const randomVectors = computeComparisonVectors(columns, random.left, random.right);
  const levelCounts = columns.map((column) => column.levels.length);
  const u = estimateU(randomVectors, levelCounts);
  const totalPairs =
    input.mode.kind === 'link'
      ? input.mode.leftCount * (recordCount - input.mode.leftCount)
      : (recordCount * (recordCount - 1)) / 2;
  const em = runExpectationMaximisation(vectors, u, { totalPairs, inLikelihood: likelihoodColumns(columns) });
  const frequencies: (TermFrequencies | undefined)[] = columns.map((column) =>
    column.termFrequencyKeys === undefined ? undefined : computeTermFrequencies(column.termFrequencyKeys),
  );
  const model: MatchModel = {
    version: matchModelVersion,
    lambda: em.lambda,
    candidateMatchRate: em.candidateMatchRate,
    columns: columns.map((column, index) => {
      const termFrequency = frequencies[index];
      return {
        name: column.name,
        levels: [...column.levels],
        shared: !column.personal,
        m: em.m[index] ?? [],
        u: u[index] ?? [],
        ...(termFrequency === undefined
          ? {}
          : { termFrequencies: { values: termFrequency.top, defaultFrequency: termFrequency.defaultFrequency } }),
      };
    }),
    thresholds: { link: 0.5, review: fallbackReviewThreshold },
    training: {
      candidatePairs: vectors.pairCount,
      randomPairs: randomVectors.pairCount,
      emIterations: em.iterations,
      converged: em.converged,
    },
  };
  const probability = scoreVectors(model, vectors.levels, candidates.left, frequencies);
  const link = input.threshold ?? chooseExpectedF1Threshold(probability).threshold;
  model.thresholds = { link, review: Math.min(link, input.reviewThreshold ?? fallbackReviewThreshold) };
  return {
    model,
    candidates: { left: candidates.left, right: candidates.right, probability },
    skippedBlocks: candidates.skippedBlocks,
  };
}

/**
 * Columns EM's E-step uses: the person's own attributes (names, birth date, sex, identifiers), unless fewer than two
 * of them besides sex are mapped, in which case the family name and then every column are added back.
 */
function likelihoodColumns(columns: readonly ComparisonColumn[]): boolean[] {
  const strong = (selected: boolean[]): number =>
    selected.filter(
      (isSelected, index) => isSelected && columns[index]?.name !== 'sex' && columns[index]?.levels.length !== 3,
    ).length;
  let selected = columns.map((column) => column.personal);
  if (strong(selected) < 2) {
    selected = columns.map((column) => column.personal || column.name === 'family_name');
  }
  return strong(selected) < 2 ? columns.map(() => true) : selected;
}

/** Scores all candidate pairs in bulk (the per-pair `scoreComparison` also builds reasons, too slow here). */
function scoreVectors(
  model: MatchModel,
  levels: Uint8Array,
  left: Int32Array,
  frequencies: readonly (TermFrequencies | undefined)[],
): Float64Array {
  const weights = toWeightTable(model);
  const columnCount = model.columns.length;
  const prior = logOdds(model.lambda);
  const exactM = model.columns.map((column) => Math.log2(column.m[1] ?? 1));
  const shared = model.columns.map((column) => column.shared);
  const probability = new Float64Array(left.length);
  for (let pair = 0; pair < left.length; pair += 1) {
    const sum = new WeightSum();
    sum.add(prior, false);
    for (let column = 0; column < columnCount; column += 1) {
      const level = levels[pair * columnCount + column] ?? 0;
      const frequency = level === 1 ? frequencies[column]?.byRecord[left[pair] ?? 0] : undefined;
      const weight =
        frequency !== undefined && !Number.isNaN(frequency)
          ? (exactM[column] ?? 0) - Math.log2(frequency)
          : (weights[column]?.[level] ?? 0);
      sum.add(weight, shared[column] ?? false);
    }
    probability[pair] = toProbability(sum.value());
  }
  return probability;
}
