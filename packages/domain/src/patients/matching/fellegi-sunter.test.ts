import { describe, expect, it } from 'vitest';
import { scoreComparison } from './fellegi-sunter';
import type { MatchModel } from './match-model';

const column = (name: string, shared: boolean): MatchModel['columns'][number] => ({
  name,
  levels: ['missing', 'exact', 'disagree'],
  shared,
  m: [0, 0.9, 0.1],
  u: [0, 0.001, 0.999],
});

const model: MatchModel = {
  version: 1,
  lambda: 0.001,
  candidateMatchRate: 0.1,
  columns: [column('given_name', false), column('birth_date', false), column('phone', true), column('address', true)],
  thresholds: { link: 0.9, review: 0.2 },
  training: { candidatePairs: 10, randomPairs: 10, emIterations: 1, converged: true },
};

describe('scoreComparison', () => {
  it('gives each field its level and weight as the reasons, with missing fields weighing 0', () => {
    const { reasons } = scoreComparison(model, [1, 0, 2, 1]);
    expect(reasons.map(({ field, level }) => `${field}:${level}`)).toEqual([
      'given_name:exact',
      'birth_date:missing',
      'phone:disagree',
      'address:exact',
    ]);
    expect(reasons[0]?.weight).toBeCloseTo(Math.log2(0.9 / 0.001), 6);
    expect(reasons[1]?.weight).toBe(0);
  });

  it('does not link relatives who share a household but not their own name and birth date', () => {
    expect(scoreComparison(model, [2, 2, 1, 1]).probability).toBeLessThan(0.01);
  });

  it('links agreement on personal attributes backed by the household', () => {
    expect(scoreComparison(model, [1, 1, 1, 1]).probability).toBeGreaterThan(0.99);
  });

  it('counts household agreement once: a shared phone and address weigh as much as the stronger of them', () => {
    const both = scoreComparison(model, [0, 0, 1, 1]).weight;
    const one = scoreComparison(model, [0, 0, 1, 0]).weight;
    expect(both).toBeCloseTo(one, 10);
  });
});
