import { describe, expect, it } from 'vitest';
import { createRandom } from './create-random';
import { arabicVariant, reshapeCompound, toggleParticle, transliterateName, typoName } from './name-corruptions';

/** Every result an alteration gives for a name over many seeds. */
const outcomes = (alter: (name: string, random: ReturnType<typeof createRandom>) => string | null, name: string) =>
  new Set(Array.from({ length: 200 }, (_, seed) => alter(name, createRandom(seed))));

describe('name corruptions', () => {
  it.each([
    { name: 'Mohamed', expected: ['Mohammed', 'Mohamad', 'Muhammad', 'Mouhamed', 'Med'] },
    { name: 'Youssef', expected: ['Yousef', 'Youssouf', 'Yusuf'] },
    { name: 'Khadija', expected: ['Khadidja'] },
    { name: 'Hicham', expected: ['Hisham'] },
    { name: 'Zineb', expected: ['Zaynab'] },
    { name: 'El Idrissi', expected: ['Elidrissi', 'Al Idrissi', 'Idrissi'] },
    { name: 'Er-Rachidi', expected: ['Errachidi', 'El Rachidi'] },
    { name: 'Fatima Zahra', expected: ['Fatima-Zahra', 'Fatimazahra', 'Zahra'] },
  ])('transliterates $name into its listed variants', ({ name, expected }) => {
    const results = outcomes(transliterateName, name);
    for (const variant of expected) {
      expect(results).toContain(variant);
    }
    expect(results).not.toContain(name);
  });

  it("never turns Mohamed into M'hamed, a distinct name", () => {
    expect(outcomes(transliterateName, 'Mohamed')).not.toContain("M'hamed");
    expect(outcomes(transliterateName, "M'hamed")).not.toContain('Mohamed');
  });

  it('uses French-style alternations for names without listed variants', () => {
    for (const result of outcomes(transliterateName, 'Boussetta')) {
      expect(result).toMatch(/^B/);
      expect(result).not.toBe('Boussetta');
      expect(Math.abs((result?.length ?? 0) - 'Boussetta'.length)).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    { name: 'El Amrani', expected: ['Amrani', 'Elamrani'] },
    { name: 'Er-Rachidi', expected: ['Rachidi', 'Errachidi'] },
    { name: 'Ait Ali', expected: ['Aitali'] },
    { name: 'Benali', expected: ['Ben Ali'] },
    { name: 'Tahiri', expected: ['El Tahiri'] },
  ])('drops, merges or adds the particle of $name', ({ name, expected }) => {
    expect([...outcomes(toggleParticle, name)].sort()).toEqual([...expected].sort());
  });

  it.each([
    { name: 'Fatima Zahra', expected: ['Fatimazahra', 'Fatima-Zahra', 'Zahra', 'Fatima'] },
    { name: 'Mohamed-Amine', expected: ['Mohamedamine', 'Mohamed Amine', 'Amine', 'Mohamed'] },
    { name: 'Abdelali', expected: ['Abdel Ali', 'Abd El Ali'] },
    { name: 'Rachid', expected: [null] },
  ])('reshapes the compound name $name', ({ name, expected }) => {
    expect([...outcomes(reshapeCompound, name)].sort()).toEqual([...expected].sort());
  });

  it.each([
    { name: 'فاطمة', expected: 'فاطمه' },
    { name: 'أحمد', expected: 'احمد' },
    { name: 'مصطفى', expected: 'مصطفي' },
  ])('gives the Arabic spelling variant of $name', ({ name, expected }) => {
    expect(outcomes(arabicVariant, name)).toContain(expected);
  });

  it('makes one-edit typos that keep the first letter', () => {
    const results = [...outcomes(typoName, 'Benjelloun')].filter((result) => result !== null);
    expect(results.length).toBeGreaterThan(100);
    for (const result of results) {
      expect(result).not.toBe('Benjelloun');
      expect(result?.charAt(0)).toBe('B');
      expect(Math.abs((result?.length ?? 0) - 'Benjelloun'.length)).toBeLessThanOrEqual(1);
    }
    expect(typoName('Al', createRandom(1))).toBeNull();
  });
});
