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
 * two-class mixture then happily learns "same household" as its match class. Two answers, both used by linkRecords:
 * - the E-step combines the columns as the scoring does (`shared`): a household's agreements count once (the
 *   strongest), its disagreements all count. An E-step on the person's own attributes only (`inLikelihood`) was
 *   used before: it took strangers blocked on a common given name and birth date for matches, so m of every shared
 *   disagreement grew with the population (family name 5 % → 8 % of matches from 25,000 to 64,000 records, 3.5 % in
 *   truth), and with it the strangers linked.
 * - a third class, relatives (`relatives`): two people of one household, whose h EM learns beside m. Twins agree
 *   on everything but the given name; against strangers alone they look like the same person.
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
  /** With a relatives class: P(level | relatives) per column, and P(relatives) for two random records. */
  relatives?: { h: number[][]; lambda: number };
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

/** Options of `runExpectationMaximisation`. */
export interface EmOptions {
  /** All possible pairs (n(n − 1)/2 in dedupe): λ is a share of them, not of the candidates. */
  totalPairs: number;
  /** Columns the E-step reads (all by default). */
  inLikelihood?: readonly boolean[];
  /** Household-shared columns: their agreements do not add up, only the strongest counts (as in `WeightSum`). */
  shared?: readonly boolean[];
  /** Adds a third class, relatives (pairs of one household who are two people), with its own learnt h. */
  relatives?: boolean;
  maxIterations?: number;
  tolerance?: number;
}

/** log2(a / b) per column and level, computed once per iteration rather than once per pattern. */
function logRatios(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): Float64Array[] {
  return a.map((row, column) => Float64Array.from(row, (value, level) => Math.log2(value / (b[column]?.[level] ?? 1))));
}

/**
 * The E-step's weights of one pattern: log2 odds of match against strangers (shared agreements by the strongest
 * only) and, with a relatives class, against relatives (every column: relatives agree on shared values by nature).
 */
function patternWeights(
  levels: Uint8Array,
  tables: { strangers: readonly Float64Array[]; relatives?: readonly Float64Array[] },
  options: EmOptions,
): { strangers: number; relatives: number } {
  let strangers = 0;
  let sharedAgreement = 0;
  let relatives = 0;
  for (let column = 0; column < levels.length; column += 1) {
    const level = levels[column] ?? 0;
    if (level === 0 || options.inLikelihood?.[column] === false) {
      continue;
    }
    const weight = tables.strangers[column]?.[level] ?? 0;
    if (options.shared?.[column] === true && weight > 0) {
      sharedAgreement = Math.max(sharedAgreement, weight);
    } else {
      strangers += weight;
    }
    relatives += tables.relatives?.[column]?.[level] ?? 0;
  }
  return { strangers: strangers + sharedAgreement, relatives };
}

/**
 * Runs EM for m and λ with u fixed, until no parameter moves by more than `tolerance`. With `relatives`, a third
 * class learns how relatives compare (h, and their prior): Winkler's household model for census files, where
 * "same household, another person" is neither a match nor a random pair (twins share a birth date and everything
 * shared; a parent and child may share a given name). It starts as "agrees on shared values, like strangers on the
 * person's own", and EM moves it from there.
 */
export function runExpectationMaximisation(
  vectors: ComparisonVectors,
  u: readonly (readonly number[])[],
  options: EmOptions,
): EmResult {
  const patterns = toPatterns(vectors);
  let m = u.map((levels) => initialM(levels.length));
  let h = options.relatives
    ? u.map((levels, column) => (options.shared?.[column] === true ? initialM(levels.length) : [...levels]))
    : undefined;
  const totalPairs = Math.max(options.totalPairs, vectors.pairCount, 1);
  // Start as if a third of the candidates were matches (and a third relatives); EM moves them from there.
  let lambda = clampPrior((0.3 * vectors.pairCount) / totalPairs);
  let relativesLambda = lambda;
  let candidateMatchRate = 0;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-6;
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const expectedM = u.map((levels) => new Array<number>(levels.length).fill(0));
    const expectedH = u.map((levels) => new Array<number>(levels.length).fill(0));
    let matchTotal = 0;
    let relativesTotal = 0;
    let total = 0;
    const strangersPrior = Math.log2(lambda / (1 - lambda));
    const relativesPrior = Math.log2(lambda / relativesLambda);
    const tables = { strangers: logRatios(m, u), ...(h === undefined ? {} : { relatives: logRatios(m, h) }) };
    for (const pattern of patterns) {
      const weights = patternWeights(pattern.levels, tables, options);
      const againstRelatives = h === undefined ? 0 : 2 ** -(relativesPrior + weights.relatives);
      const posterior = 1 / (1 + 2 ** -(strangersPrior + weights.strangers) + againstRelatives);
      const matchWeight = posterior * pattern.count;
      const relativesWeight = againstRelatives * matchWeight;
      matchTotal += matchWeight;
      relativesTotal += relativesWeight;
      total += pattern.count;
      pattern.levels.forEach((level, column) => {
        if (level !== 0) {
          addTo(expectedM[column], level, matchWeight);
          addTo(expectedH[column], level, relativesWeight);
        }
      });
    }
    const nextM = expectedM.map((row, column) => nextDistribution(row, m[column] ?? row));
    const nextH =
      h === undefined ? undefined : expectedH.map((row, column) => nextDistribution(row, h?.[column] ?? row));
    const nextLambda = clampPrior(matchTotal / totalPairs);
    const nextRelativesLambda = clampPrior(relativesTotal / totalPairs);
    candidateMatchRate = matchTotal / Math.max(1, total);
    const change = Math.max(
      Math.abs(nextLambda - lambda) / lambda,
      h === undefined ? 0 : Math.abs(nextRelativesLambda - relativesLambda) / relativesLambda,
      largestChange(nextM, m),
      nextH === undefined || h === undefined ? 0 : largestChange(nextH, h),
    );
    m = nextM;
    h = nextH;
    lambda = nextLambda;
    relativesLambda = nextRelativesLambda;
    if (change < tolerance || iteration === maxIterations) {
      return {
        m,
        lambda,
        candidateMatchRate,
        iterations: iteration,
        converged: change < tolerance,
        ...(h === undefined ? {} : { relatives: { h, lambda: relativesLambda } }),
      };
    }
  }
  return { m, lambda, candidateMatchRate, iterations: maxIterations, converged: false };
}

function addTo(row: number[] | undefined, level: number, value: number): void {
  if (row !== undefined) {
    row[level] = (row[level] ?? 0) + value;
  }
}

/** The M-step of one column: its expected level counts normalised, or the previous estimate when it saw none. */
function nextDistribution(row: readonly number[], previous: readonly number[]): number[] {
  return row.some((value, level) => level > 0 && value > 0) ? clampDistribution(row) : [...previous];
}

function largestChange(next: readonly (readonly number[])[], previous: readonly (readonly number[])[]): number {
  return Math.max(
    ...next.flatMap((row, column) => row.map((value, level) => Math.abs(value - (previous[column]?.[level] ?? 0)))),
  );
}
