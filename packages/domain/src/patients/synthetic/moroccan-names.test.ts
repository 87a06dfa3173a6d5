import { describe, expect, it } from 'vitest';
import { moroccanNames } from './moroccan-names';
import { parseNameTable } from './parse-name-table';

const arabicScript = /^[\u0600-\u06FF ]+$/;

describe('moroccanNames', () => {
  it.each([
    { list: 'male', minimum: 150 },
    { list: 'female', minimum: 140 },
    { list: 'family', minimum: 280 },
  ] as const)('has at least $minimum $list names, each unique with an Arabic form and Latin variants', (row) => {
    const names = moroccanNames[row.list];
    expect(names.length).toBeGreaterThanOrEqual(row.minimum);
    expect(new Set(names.map((name) => name.latin)).size).toBe(names.length);
    for (const name of names) {
      expect(name.arabic).toMatch(arabicScript);
      expect(name.variants.every((variant) => /^[\p{Script=Latin}' -]+$/u.test(variant))).toBe(true);
    }
  });

  it.each([
    { list: 'male', names: ['Mohamed', 'Ahmed', 'Abdellah', 'Youssef', 'Hassan', 'Rachid', 'Mustapha', 'Said'] },
    { list: 'female', names: ['Fatima', 'Khadija', 'Aicha', 'Fatima Zahra', 'Naima', 'Malika', 'Zineb'] },
  ] as const)('weights the very common $list names above the median', ({ list, names }) => {
    const weights = moroccanNames[list].map((name) => name.weight).sort((left, right) => left - right);
    const median = weights[Math.floor(weights.length / 2)] ?? 0;
    for (const latin of names) {
      expect(moroccanNames[list].find((name) => name.latin === latin)?.weight).toBeGreaterThan(median * 3);
    }
  });

  it("keeps M'hamed apart from Mohamed", () => {
    const mohamed = moroccanNames.male.find((name) => name.latin === 'Mohamed');
    expect(mohamed?.variants).toEqual(expect.arrayContaining(['Mohammed', 'Mohamad', 'Muhammad', 'Mouhamed', 'Med']));
    expect(mohamed?.variants).not.toContain("M'hamed");
    expect(moroccanNames.male.some((name) => name.latin === "M'hamed")).toBe(true);
  });
});

describe('parseNameTable', () => {
  it('reads names, weights and variants, and rejects a line without a weight', () => {
    expect(parseNameTable('\nHicham|هشام|80|Hisham, Hichame\n')).toEqual([
      { latin: 'Hicham', arabic: 'هشام', weight: 80, variants: ['Hisham', 'Hichame'] },
    ]);
    expect(() => parseNameTable('Hicham|هشام||')).toThrow('Invalid name table line');
  });
});
