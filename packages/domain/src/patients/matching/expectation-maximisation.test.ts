import { describe, expect, it } from 'vitest';
import { seededRandom } from './comparison-vectors';
import { estimateU, runExpectationMaximisation, type ComparisonVectors } from './expectation-maximisation';

/** Draws a level from a distribution over levels 1…K (index 0, missing, has probability 0). */
function draw(distribution: readonly number[], random: () => number): number {
  let remaining = random();
  for (const [level, probability] of distribution.entries()) {
    remaining -= probability;
    if (remaining < 0) {
      return level;
    }
  }
  return distribution.length - 1;
}

function simulate(m: number[][], u: number[][], matches: number, nonMatches: number, seed: number): ComparisonVectors {
  const random = seededRandom(seed);
  const pairCount = matches + nonMatches;
  const levels = new Uint8Array(pairCount * m.length);
  for (let pair = 0; pair < pairCount; pair += 1) {
    const table = pair < matches ? m : u;
    table.forEach((distribution, column) => {
      // One value in ten is missing, whatever the class: missing values must carry no evidence.
      levels[pair * m.length + column] = random() < 0.1 ? 0 : draw(distribution, random);
    });
  }
  return { levels, columnCount: m.length, pairCount };
}

describe('expectation-maximisation', () => {
  const m = [
    [0, 0.85, 0.1, 0.05],
    [0, 0.9, 0.1],
    [0, 0.7, 0.2, 0.1],
  ];
  const u = [
    [0, 0.02, 0.08, 0.9],
    [0, 0.1, 0.9],
    [0, 0.05, 0.15, 0.8],
  ];

  it('estimates u from random pairs', () => {
    const estimated = estimateU(simulate(m, u, 0, 50_000, 1), [4, 3, 4]);
    estimated.forEach((row, column) =>
      row.forEach((value, level) => expect(value).toBeCloseTo(u[column]?.[level] ?? 0, 2)),
    );
  });

  it('recovers known m and λ from simulated comparison vectors', () => {
    const vectors = simulate(m, u, 4_000, 16_000, 2);
    const result = runExpectationMaximisation(vectors, u, { totalPairs: vectors.pairCount });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(0.2, 1);
    expect(Math.abs(result.candidateMatchRate - 0.2)).toBeLessThan(0.015);
    result.m.forEach((row, column) =>
      row.forEach((value, level) => expect(Math.abs(value - (m[column]?.[level] ?? 0))).toBeLessThan(0.03)),
    );
  });

  it('scales λ to all possible pairs, not just the candidates', () => {
    const vectors = simulate(m, u, 4_000, 16_000, 3);
    const result = runExpectationMaximisation(vectors, u, { totalPairs: 100 * vectors.pairCount });
    expect(result.lambda).toBeLessThan(0.01);
  });

  /**
   * Candidate pairs as blocking leaves them: a few matches, many strangers who agree on the blocked personal values
   * (a common given name and the same birth date) but not on the household's, and households of relatives who agree
   * on everything shared, among them twins (same birth date, another given name).
   * Columns: given name, birth date (personal); family name, phone (shared). Levels: 1 agree, 2 disagree.
   */
  function blockedCandidates(seed: number): { vectors: ComparisonVectors; u: number[][] } {
    const random = seededRandom(seed);
    const classes: { count: number; p: number[][] }[] = [
      // Matches: a given name sometimes entirely different (a nickname), a phone sometimes changed.
      {
        count: 3_000,
        p: [
          [0, 0.97, 0.03],
          [0, 0.9, 0.1],
          [0, 0.95, 0.05],
          [0, 0.85, 0.15],
        ],
      },
      // Strangers blocked on a common name and birth date.
      {
        count: 6_000,
        p: [
          [0, 0.9, 0.1],
          [0, 0.9, 0.1],
          [0, 0.02, 0.98],
          [0, 0.001, 0.999],
        ],
      },
      // Relatives: another given name, another birth date except twins, the same family name and phone.
      {
        count: 6_000,
        p: [
          [0, 0.01, 0.99],
          [0, 0.08, 0.92],
          [0, 0.95, 0.05],
          [0, 0.85, 0.15],
        ],
      },
    ];
    const pairCount = classes.reduce((sum, { count }) => sum + count, 0);
    const levels = new Uint8Array(pairCount * 4);
    let pair = 0;
    for (const { count, p } of classes) {
      for (let index = 0; index < count; index += 1, pair += 1) {
        p.forEach((distribution, column) => {
          levels[pair * 4 + column] = draw(distribution, random);
        });
      }
    }
    const u = [
      [0, 0.05, 0.95],
      [0, 0.0001, 0.9999],
      [0, 0.01, 0.99],
      [0, 0.0001, 0.9999],
    ];
    return { vectors: { levels, columnCount: 4, pairCount }, u };
  }
  const shared = [false, false, true, true];
  const totalPairs = 1e9;
  const posteriorOf = (result: ReturnType<typeof runExpectationMaximisation>, levels: number[], u: number[][]) => {
    let strangers = Math.log2(result.lambda / (1 - result.lambda));
    let sharedAgreement = 0;
    let relatives = result.relatives === undefined ? Infinity : Math.log2(result.lambda / result.relatives.lambda);
    levels.forEach((level, column) => {
      const m = result.m[column]?.[level] ?? 1;
      const weight = Math.log2(m / (u[column]?.[level] ?? 1));
      if (shared[column] === true && weight > 0) {
        sharedAgreement = Math.max(sharedAgreement, weight);
      } else {
        strangers += weight;
      }
      relatives += Math.log2(m / (result.relatives?.h[column]?.[level] ?? 1));
    });
    return 1 / (1 + 2 ** -(strangers + sharedAgreement) + 2 ** -relatives);
  };

  it('learns how often matches disagree on a shared value from every column, not from the personal ones only', () => {
    const { vectors, u } = blockedCandidates(4);
    const personalOnly = runExpectationMaximisation(vectors, u, {
      totalPairs,
      inLikelihood: [true, true, false, false],
    });
    const all = runExpectationMaximisation(vectors, u, { totalPairs, shared });
    // The personal columns alone take the blocked strangers for matches, so matches seem to disagree on the family name.
    expect(personalOnly.m[2]?.[2] ?? 0).toBeGreaterThan(0.3);
    expect(Math.abs((all.m[2]?.[2] ?? 0) - 0.05)).toBeLessThan(0.03);
    expect(posteriorOf(all, [1, 1, 2, 2], u)).toBeLessThan(0.01);
    // A household's agreements count once: relatives born years apart are not taken for one person.
    expect(posteriorOf(all, [2, 2, 1, 1], u)).toBeLessThan(1e-4);
  });

  it('learns a relatives class that tells twins from duplicates', () => {
    const { vectors, u } = blockedCandidates(5);
    const twoClasses = runExpectationMaximisation(vectors, u, { totalPairs, shared });
    const threeClasses = runExpectationMaximisation(vectors, u, { totalPairs, shared, relatives: true });
    const twins = [2, 1, 1, 1];
    expect(posteriorOf(twoClasses, twins, u)).toBeGreaterThan(0.5);
    expect(posteriorOf(threeClasses, twins, u)).toBeLessThan(0.2);
    expect(posteriorOf(threeClasses, [1, 1, 1, 1], u)).toBeGreaterThan(0.99);
    // The class takes what strangers do not explain (siblings born years apart are no match either way): two people
    // of one household, born the same day, with other given names.
    expect(threeClasses.relatives?.h[0]?.[2] ?? 0).toBeGreaterThan(0.9);
    expect(threeClasses.relatives?.h[2]?.[1] ?? 0).toBeGreaterThan(0.9);
  });
});
