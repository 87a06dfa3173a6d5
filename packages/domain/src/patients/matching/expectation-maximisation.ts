/**
 * Unsupervised estimation of Fellegi–Sunter parameters. u (P(level | non-match)) comes from random record pairs,
 * which are almost all non-matches (as Splink does); m (P(level | match)) and λ then come from EM on the candidate
 * pairs under conditional independence, with u held fixed. The missing level (0) is left out of the likelihood.
 *
 * Blocking keeps only pairs whose comparison vector γ looks alike, so non-matching candidates do not follow u: they
 * agree on the blocked fields far more than random pairs. Since blocking is (nearly) a function of γ, the candidate
 * mixture is λ_c·m(γ)/m(C) + (1 − λ_c)·u(γ)/u(C), whose posterior odds are exactly the random-pair prior odds
 * λ/(1 − λ) times m(γ)/u(γ). So EM runs with λ = P(match) for two random records: each step sets it to the
 * expected matches among candidates over all possible pairs (blocking is assumed to keep nearly every match).
 *
 * Relatives break conditional independence: a household shares family name, phone, address and locality, and a
 * two-class mixture then happily learns "same household" as its match class. So the E-step may use only the
 * columns in `inLikelihood` (the person's own attributes); the M-step still estimates m for every column from those
 * posteriors, so shared attributes get an m measured on likely duplicates rather than on households.
 */

/** Comparison vectors: `levels[pair * columnCount + column]`. */
export interface ComparisonVectors {
  levels: Uint8Array;
  columnCount: number;
  pairCount: number;
}

/** Learnt parameters; `m[c][0]` and `u[c][0]` (the missing level) are 0 and unused. */
export interface EmResult {
  m: number[][];
  /** P(match) for two random records: the prior of the scores. */
  lambda: number;
  /** Expected share of matches among the candidate pairs. */
  candidateMatchRate: number;
  iterations: number;
  converged: boolean;
}

const floor = 1e-6;

/** Clamps probabilities away from 0 and 1 (a zero would make a weight infinite) and renormalises levels 1…K. */
export function clampDistribution(values: readonly number[]): number[] {
  const sum = values.reduce((total, value, level) => (level === 0 ? total : total + value), 0) || 1;
  const clamped = values.map((value, level) => (level === 0 ? 0 : Math.min(1 - floor, Math.max(floor, value / sum))));
  const total = clamped.reduce((sum, value) => sum + value, 0);
  return clamped.map((value) => value / total);
}

/** u per column and level from the comparison vectors of random pairs; one pseudo-count keeps rare levels > 0. */
export function estimateU(vectors: ComparisonVectors, levelCounts: readonly number[]): number[][] {
  return levelCounts.map((levelCount, column) => {
    const counts = new Array<number>(levelCount).fill(0);
    for (let pair = 0; pair < vectors.pairCount; pair += 1) {
      const level = vectors.levels[pair * vectors.columnCount + column] ?? 0;
      counts[level] = (counts[level] ?? 0) + 1;
    }
    const present = counts.reduce((sum, count, level) => (level === 0 ? sum : sum + count), 0);
    const smoothed = counts.map((count, level) => (level === 0 ? 0 : (count + 1 / levelCount) / (present + 1)));
    return clampDistribution(smoothed);
  });
}

/** Starting m: geometric from the strongest agreement down, with 10% on plain disagreement. */
export function initialM(levelCount: number): number[] {
  const agreeing = levelCount - 2;
  const raw = Array.from({ length: levelCount }, (_, level) =>
    level === 0 ? 0 : level === levelCount - 1 ? 0.1 : (0.9 * 0.5 ** (level - 1)) / (2 - 0.5 ** (agreeing - 1)),
  );
  return clampDistribution(raw);
}

/** Keeps the random-pair prior a valid probability; it is tiny for large files (about 1e-5 at 100,000 per side). */
function clampPrior(value: number): number {
  return Math.min(0.5, Math.max(1e-15, value));
}

interface Pattern {
  levels: Uint8Array;
  count: number;
}

/** Distinct comparison vectors with their counts: EM then costs per pattern, not per pair. */
function toPatterns(vectors: ComparisonVectors): Pattern[] {
  const patterns = new Map<string, Pattern>();
  const { columnCount } = vectors;
  for (let pair = 0; pair < vectors.pairCount; pair += 1) {
    const levels = vectors.levels.subarray(pair * columnCount, (pair + 1) * columnCount);
    const key = String.fromCharCode(...levels);
    const pattern = patterns.get(key);
    if (pattern === undefined) {
      patterns.set(key, { levels: levels.slice(), count: 1 });
    } else {
      pattern.count += 1;
    }
  }
  return [...patterns.values()];
}

/** Runs EM for m and λ with u fixed, until no parameter moves by more than `tolerance`. */
export function runExpectationMaximisation(
  vectors: ComparisonVectors,
  u: readonly (readonly number[])[],
  options: { totalPairs: number; inLikelihood?: readonly boolean[]; maxIterations?: number; tolerance?: number },
): EmResult {
  const patterns = toPatterns(vectors);
  let m = u.map((levels) => initialM(levels.length));
  const totalPairs = Math.max(options.totalPairs, vectors.pairCount, 1);
  // Start as if a third of the candidates were matches; EM moves it from there.
  let lambda = clampPrior((0.3 * vectors.pairCount) / totalPairs);
  let candidateMatchRate = 0;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const expected = u.map((levels) => new Array<number>(levels.length).fill(0));
    let matchTotal = 0;
    let total = 0;
    for (const pattern of patterns) {
      let matchLikelihood = lambda;
      let nonMatchLikelihood = 1 - lambda;
      pattern.levels.forEach((level, column) => {
        if (level !== 0 && options.inLikelihood?.[column] !== false) {
          matchLikelihood *= m[column]?.[level] ?? 1;
          nonMatchLikelihood *= u[column]?.[level] ?? 1;
        }
      });
      const posterior = matchLikelihood / (matchLikelihood + nonMatchLikelihood);
      const weight = posterior * pattern.count;
      matchTotal += weight;
      total += pattern.count;
      pattern.levels.forEach((level, column) => {
        const row = expected[column];
        if (level !== 0 && row !== undefined) {
          row[level] = (row[level] ?? 0) + weight;
        }
      });
    }
    const nextM = expected.map((row, column) =>
      row.some((value, level) => level > 0 && value > 0) ? clampDistribution(row) : (m[column] ?? row),
    );
    const nextLambda = clampPrior(matchTotal / totalPairs);
    candidateMatchRate = matchTotal / Math.max(1, total);
    const change = Math.max(
      Math.abs(nextLambda - lambda) / lambda,
      ...nextM.flatMap((row, column) => row.map((value, level) => Math.abs(value - (m[column]?.[level] ?? 0)))),
    );
    m = nextM;
    lambda = nextLambda;
    if (change < tolerance) {
      return { m, lambda, candidateMatchRate, iterations: iteration, converged: true };
    }
  }
  return { m, lambda, candidateMatchRate, iterations: maxIterations, converged: false };
}
