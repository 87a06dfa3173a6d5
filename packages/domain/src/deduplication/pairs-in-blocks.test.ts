import { describe, expect, it } from 'vitest';
import { pairsInBlocks } from './pairs-in-blocks';

const asPairs = (result: { left: Int32Array; right: Int32Array }) =>
  [...result.left].map((left, index) => [left, result.right[index]]);

describe('pairsInBlocks', () => {
  it.each([
    { name: 'no block', blocks: [], expected: [] },
    { name: 'a block of one', blocks: [[3]], expected: [] },
    {
      name: 'a block of three',
      blocks: [[2, 0, 1]],
      expected: [
        [0, 1],
        [0, 2],
        [1, 2],
      ],
    },
    {
      name: 'a pair sharing two keys, once',
      blocks: [
        [1, 4],
        [4, 1],
        [1, 2],
      ],
      expected: [
        [1, 2],
        [1, 4],
      ],
    },
    { name: 'a record listed twice in one block', blocks: [[5, 5, 6]], expected: [[5, 6]] },
  ])('forms $name', ({ blocks, expected }) => {
    expect(asPairs(pairsInBlocks(blocks, 10))).toEqual(expected);
  });

  it('forms n(n-1)/2 pairs in ascending order for a large block', () => {
    const block = Array.from({ length: 300 }, (_, index) => 299 - index);
    const result = pairsInBlocks([block], 300);
    expect(result.left.length).toBe((300 * 299) / 2);
    expect([...result.left].every((left, index) => left < (result.right[index] ?? 0))).toBe(true);
  });
});
