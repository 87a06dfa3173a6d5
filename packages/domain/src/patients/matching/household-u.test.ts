import { describe, expect, it } from 'vitest';
import { estimateHouseholdU } from './household-u';
import { matchModelVersion, type MatchModel } from './match-model';

// Columns: birth date and given name (personal), national id (personal identifier), phone (household). Levels: 1
// exact, 2 disagree.
const model: MatchModel = {
  version: matchModelVersion,
  lambda: 1e-5,
  candidateMatchRate: 0.5,
  columns: [
    { name: 'birth_date', levels: ['missing', 'exact', 'disagree'], shared: false, m: [0, 0.9, 0.1], u: [0, 1e-4, 1] },
    {
      name: 'given_name',
      levels: ['missing', 'exact', 'disagree'],
      shared: false,
      m: [0, 0.95, 0.05],
      u: [0, 0.01, 1],
    },
    {
      name: 'cin',
      levels: ['missing', 'exact', 'disagree'],
      shared: false,
      identifier: true,
      m: [0, 0.95, 0.05],
      u: [0, 1e-6, 1],
    },
    {
      name: 'phone',
      levels: ['missing', 'exact', 'disagree'],
      shared: true,
      household: true,
      m: [0, 0.8, 0.2],
      u: [0, 1e-4, 1],
    },
  ],
  thresholds: { link: 0.5, review: 0.2 },
  training: { candidatePairs: 0, randomPairs: 0, emIterations: 0, converged: true },
};

/** Comparison vectors of `count` pairs with the same levels. */
const pairs = (count: number, levels: number[]): number[] => Array.from({ length: count }, () => levels).flat();

describe('estimateHouseholdU', () => {
  it('learns that relatives sharing a phone often share a birth date (twins) without labels', () => {
    const levels = Uint8Array.from([
      // One person recorded twice: same birth date, given name and id, same phone.
      ...pairs(300, [1, 1, 1, 1]),
      // Relatives sharing the phone: twins (same birth date, other given name and id) and the others.
      ...pairs(40, [1, 2, 2, 1]),
      ...pairs(400, [2, 2, 2, 1]),
      // Pairs without a household agreement do not count.
      ...pairs(1_000, [1, 2, 2, 2]),
    ]);
    const [birthDate, , cin, phone] = estimateHouseholdU(model, levels);
    expect(birthDate?.[1]).toBeGreaterThan(0.05);
    expect(birthDate?.[1]).toBeLessThan(0.15);
    expect(cin).toBeUndefined();
    expect(phone).toBeUndefined();
  });

  it('keeps the random-pair u when there is no household pair', () => {
    const [birthDate] = estimateHouseholdU(model, Uint8Array.from(pairs(10, [1, 1, 1, 2])));
    expect(birthDate?.[1]).toBeCloseTo(1e-4 / (1 + 1e-4), 9);
  });
});
