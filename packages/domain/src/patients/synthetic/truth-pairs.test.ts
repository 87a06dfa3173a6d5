import { describe, expect, it } from 'vitest';
import { evaluatePairs, truthPairs, type RecordPair } from './truth-pairs';

describe('truthPairs', () => {
  it('lists every pair of records of the same person, once', () => {
    const records = [
      { recordId: 'r3', personId: 'a' },
      { recordId: 'r1', personId: 'a' },
      { recordId: 'r2', personId: 'b' },
      { recordId: 'r4', personId: 'a' },
      { recordId: 'r5', personId: 'b' },
      { recordId: 'r6', personId: 'c' },
    ];
    expect(truthPairs(records)).toEqual([
      ['r1', 'r3'],
      ['r1', 'r4'],
      ['r3', 'r4'],
      ['r2', 'r5'],
    ]);
  });
});

describe('evaluatePairs', () => {
  const truth: RecordPair[] = [
    ['a', 'b'],
    ['c', 'd'],
    ['e', 'f'],
    ['g', 'h'],
  ];
  it.each([
    {
      name: 'perfect prediction, in any order',
      predicted: [
        ['b', 'a'],
        ['c', 'd'],
        ['f', 'e'],
        ['g', 'h'],
      ] as RecordPair[],
      expected: { precision: 1, recall: 1, f1: 1, truePositives: 4, falsePositives: 0, falseNegatives: 0 },
    },
    {
      name: 'half found, one false pair, repeats and self pairs ignored',
      predicted: [
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'd'],
        ['a', 'c'],
        ['x', 'x'],
      ] as RecordPair[],
      expected: { precision: 2 / 3, recall: 0.5, f1: 4 / 7, truePositives: 2, falsePositives: 1, falseNegatives: 2 },
    },
    {
      name: 'nothing predicted',
      predicted: [] as RecordPair[],
      expected: { precision: 0, recall: 0, f1: 0, truePositives: 0, falsePositives: 0, falseNegatives: 4 },
    },
  ])('$name', ({ predicted, expected }) => {
    const result = evaluatePairs(predicted, truth);
    expect(result).toEqual({
      ...expected,
      precision: expect.closeTo(expected.precision, 10),
      f1: expect.closeTo(expected.f1, 10),
    });
  });
});
