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
});
