import { describe, expect, it } from 'vitest';
import { clusterRecords } from './clustering';

function clusters(recordCount: number, links: [number, number, number][]): number[][] {
  const clusterOf = clusterRecords(
    recordCount,
    {
      left: links.map((link) => link[0]),
      right: links.map((link) => link[1]),
      probability: links.map((link) => link[2]),
    },
    0.5,
  );
  const groups = new Map<number, number[]>();
  clusterOf.forEach((cluster, record) => groups.set(cluster, [...(groups.get(cluster) ?? []), record]));
  return [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

describe('clusterRecords', () => {
  it('groups a fully linked trio and leaves pairs below the threshold apart', () => {
    expect(
      clusters(4, [
        [0, 1, 0.99],
        [1, 2, 0.9],
        [0, 2, 0.95],
        [2, 3, 0.2],
      ]),
    ).toEqual([[0, 1, 2], [3]]);
  });

  it('does not chain a line of four records into one cluster', () => {
    const chain = clusters(4, [
      [0, 1, 0.99],
      [1, 2, 0.98],
      [2, 3, 0.97],
    ]);
    expect(chain.length).toBeGreaterThan(1);
  });
});
