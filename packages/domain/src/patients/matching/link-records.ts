import { defaultBlockingRules, generateCandidatePairs, type LinkageMode } from './blocking';
import { buildComparisons } from './build-comparisons';
import type { MatchField } from './comparison-column';
import { computeComparisonVectors, sampleRandomPairs } from './comparison-vectors';
import { chooseExpectedF1Threshold } from './expected-f1-threshold';
import { estimateU, runExpectationMaximisation } from './expectation-maximisation';
import { logOdds, toMatchProbability, toRelativesWeights, toWeightTable, WeightSum } from './fellegi-sunter';
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
 * m, λ and the relatives class by EM → score with term-frequency adjustment → threshold by expected F1.
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
  const shared = columns.map((column) => !column.personal);
  // A relatives class needs something relatives share; without a household column it would copy the strangers.
  const em = runExpectationMaximisation(vectors, u, { totalPairs, shared, relatives: shared.includes(true) });
  const frequencies: (TermFrequencies | undefined)[] = columns.map((column) =>
    column.termFrequencyKeys === undefined ? undefined : computeTermFrequencies(column.termFrequencyKeys),
  );
  const model: MatchModel = {
    version: matchModelVersion,
    lambda: em.lambda,
    ...(em.relatives === undefined ? {} : { relativesLambda: em.relatives.lambda }),
    candidateMatchRate: em.candidateMatchRate,
    columns: columns.map((column, index) => {
      const termFrequency = frequencies[index];
      return {
        name: column.name,
        levels: [...column.levels],
        shared: !column.personal,
        m: em.m[index] ?? [],
        u: u[index] ?? [],
        ...(em.relatives === undefined ? {} : { h: em.relatives.h[index] ?? [] }),
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
  const againstRelatives = toRelativesWeights(model);
  const probability = new Float64Array(left.length);
  for (let pair = 0; pair < left.length; pair += 1) {
    const sum = new WeightSum();
    sum.add(prior, false);
    let relatives = againstRelatives?.prior ?? Infinity;
    for (let column = 0; column < columnCount; column += 1) {
      const level = levels[pair * columnCount + column] ?? 0;
      relatives += againstRelatives?.weights[column]?.[level] ?? 0;
      const frequency = level === 1 ? frequencies[column]?.byRecord[left[pair] ?? 0] : undefined;
      const weight =
        frequency !== undefined && !Number.isNaN(frequency)
          ? (exactM[column] ?? 0) - Math.log2(frequency)
          : (weights[column]?.[level] ?? 0);
      sum.add(weight, shared[column] ?? false);
    }
    probability[pair] = toMatchProbability(sum.value(), relatives);
  }
  return probability;
}
