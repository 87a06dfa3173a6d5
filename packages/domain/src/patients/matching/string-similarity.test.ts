import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, isWithinOneEdit, jaroWinkler, tokenSetSimilarity } from './string-similarity';

describe('jaroWinkler', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.961],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.813],
    ['SAME', 'SAME', 1],
    ['ABC', '', 0],
  ])('scores %s / %s as %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['AB123456', 'AB123456', 0],
    ['AB123456', 'AB123457', 1],
    ['AB123456', 'AB124356', 1],
    ['AB123456', 'AB12456', 1],
    ['AB123456', 'XY123456', 2],
    ['AB123456', 'ZZZZZZZZ', 3],
  ])('measures %s → %s as %d (bounded at 2 + 1)', (a, b, expected) => {
    expect(damerauLevenshtein(a, b, 2)).toBe(expected);
  });
});

describe('isWithinOneEdit', () => {
  it.each([
    ['AB123456', 'AB123456', true],
    ['AB123456', 'AB123457', true],
    ['AB123456', 'AB124356', true],
    ['AB123456', 'AB12456', true],
    ['19850312', '19850321', true],
    ['19850312', '19580321', false],
    ['AB123456', 'XY123456', false],
    ['', 'A', true],
    ['', 'AB', false],
  ])('sees %s → %s within one edit: %s', (a, b, expected) => {
    expect(isWithinOneEdit(a, b)).toBe(expected);
  });

  it('answers as the bounded Damerau-Levenshtein distance for every pair of short strings', () => {
    const strings = [''];
    for (let length = 1; length <= 4; length += 1) {
      for (const prefix of strings.filter((value) => value.length === length - 1)) {
        strings.push(`${prefix}a`, `${prefix}b`, `${prefix}c`);
      }
    }
    for (const a of strings) {
      for (const b of strings) {
        expect([a, b, isWithinOneEdit(a, b)]).toEqual([a, b, damerauLevenshtein(a, b, 1) <= 1]);
      }
    }
  });
});

describe('tokenSetSimilarity', () => {
  it('sees reordered and glued compound names as the same', () => {
    expect(tokenSetSimilarity(['fatima', 'zahra'], ['zahra', 'fatima']).similarity).toBe(1);
    expect(tokenSetSimilarity(['fatima', 'zahra'], ['fatimazahra']).similarity).toBe(1);
  });

  it('finds a short name contained in a compound one', () => {
    expect(tokenSetSimilarity(['zahra'], ['fatima', 'zahra']).containment).toBe(1);
    expect(tokenSetSimilarity(['karim'], ['fatima', 'zahra']).containment).toBe(0);
  });
});
