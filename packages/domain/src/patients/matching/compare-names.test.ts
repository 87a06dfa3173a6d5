import { describe, expect, it } from 'vitest';
import { compareNames, nameLevels } from './compare-names';
import { buildNameColumns } from './name-columns';
import { prepareName } from './prepare-name';

const level = (a: string, b: string): string => nameLevels[compareNames(prepareName(a), prepareName(b))] ?? '';

describe('compareNames', () => {
  it.each([
    ['Mohammed', 'Mohamed', 'exact'],
    ['El Amrani', 'Amrani', 'phonetic'],
    ['Mohamed', 'محمد', 'phonetic'],
    ['Fatima Zahra', 'فاطمة الزهراء', 'phonetic'],
    ['Youssef', 'Yusuf', 'phonetic'],
    ['Mohamed', "M'hamed", 'jw_0.88'],
    ['Benjelloun', 'Benjeloum', 'jw_0.94'],
    ['Zahra', 'Fatima Zahra', 'partial'],
    ['Rachid', 'Karim', 'disagree'],
    ['', 'Karim', 'missing'],
  ])('compares %s with %s as %s', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });

  it('compares given and family names crosswise when they were swapped', () => {
    const given = ['Rachid', 'Alaoui'].map(prepareName);
    const family = ['Alaoui', 'Rachid'].map(prepareName);
    const [givenColumn, familyColumn] = buildNameColumns(given, family);
    expect([givenColumn?.compare(0, 1), familyColumn?.compare(0, 1)]).toEqual([1, 1]);
  });
});
