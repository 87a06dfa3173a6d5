import { describe, expect, it } from 'vitest';
import { planClusterMerges, type ScoredPatientPair } from './plan-cluster-merges';

const pair = (patientAId: string, patientBId: string, probability: number): ScoredPatientPair => ({
  patientAId,
  patientBId,
  probability,
});
const created = new Map([
  ['a', '2025-01-03T00:00:00.000Z'],
  ['b', '2025-01-01T00:00:00.000Z'],
  ['c', '2025-01-02T00:00:00.000Z'],
  ['d', '2025-01-04T00:00:00.000Z'],
  ['e', '2025-01-05T00:00:00.000Z'],
  ['f', '2025-01-05T00:00:00.000Z'],
]);

describe('planClusterMerges', () => {
  it('merges a pair into its oldest record', () => {
    expect(planClusterMerges([pair('a', 'b', 0.99)], created, 0.9)).toEqual([
      { survivorId: 'b', merges: [{ mergedId: 'a', probability: 0.99 }] },
    ]);
  });

  it('falls back to the id when two records were created at the same time', () => {
    expect(planClusterMerges([pair('e', 'f', 0.95)], created, 0.9)).toEqual([
      { survivorId: 'e', merges: [{ mergedId: 'f', probability: 0.95 }] },
    ]);
  });

  it('merges a triangle into one record, each with its pair probability', () => {
    const plans = planClusterMerges([pair('a', 'b', 0.99), pair('a', 'c', 0.97), pair('b', 'c', 0.96)], created, 0.9);
    expect(plans).toEqual([
      {
        survivorId: 'b',
        merges: [
          { mergedId: 'a', probability: 0.99 },
          { mergedId: 'c', probability: 0.96 },
        ],
      },
    ]);
  });

  it('keeps a member linked only through another member, with its best link', () => {
    const plans = planClusterMerges([pair('a', 'c', 0.99), pair('a', 'b', 0.95)], created, 0.9);
    expect(plans).toEqual([
      {
        survivorId: 'b',
        merges: [
          { mergedId: 'a', probability: 0.95 },
          { mergedId: 'c', probability: 0.99 },
        ],
      },
    ]);
  });

  it('refuses to grow a chain to four records: the last link stays out and goes to review', () => {
    const chain = [pair('a', 'b', 0.99), pair('b', 'c', 0.98), pair('c', 'd', 0.97)];
    expect(planClusterMerges(chain, created, 0.9)).toEqual([
      {
        survivorId: 'b',
        merges: [
          { mergedId: 'a', probability: 0.99 },
          { mergedId: 'c', probability: 0.98 },
        ],
      },
    ]);
  });

  it('leaves a whole cluster to review when a reviewer said two of its records are two people', () => {
    const pairs = [pair('a', 'b', 0.99), pair('b', 'c', 0.98), pair('e', 'f', 0.97)];
    expect(planClusterMerges(pairs, created, 0.9, [{ patientAId: 'a', patientBId: 'c' }])).toEqual([
      { survivorId: 'e', merges: [{ mergedId: 'f', probability: 0.97 }] },
    ]);
  });

  it('ignores pairs below the threshold', () => {
    expect(planClusterMerges([pair('a', 'b', 0.5)], created, 0.9)).toEqual([]);
  });

  it('plans the same merges whatever the order of the pairs', () => {
    const pairs = [pair('a', 'b', 0.99), pair('c', 'd', 0.95), pair('b', 'c', 0.95), pair('e', 'f', 0.97)];
    expect(planClusterMerges([...pairs].reverse(), created, 0.9)).toEqual(planClusterMerges(pairs, created, 0.9));
  });
});
