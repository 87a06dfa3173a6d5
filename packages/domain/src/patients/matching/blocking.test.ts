import { describe, expect, it } from 'vitest';
import { defaultBlockingRules, generateCandidatePairs } from './blocking';
import { buildComparisons } from './build-comparisons';
import type { MatchField } from './comparison-column';

const fields: MatchField[] = [
  { name: 'given', role: 'given_name' },
  { name: 'family', role: 'family_name' },
  { name: 'given_ar', role: 'string' },
  { name: 'dob', role: 'birth_date', format: 'YYYY-MM-DD' },
  { name: 'commune', role: 'locality' },
];

/** The pairs (as "i-j") the default rules propose for these rows, and the rules that proposed pair 0-1. */
function candidates(rows: string[][]): { pairs: string[]; rules: string[] } {
  const rules = defaultBlockingRules(buildComparisons(fields, rows).blocking);
  const { left, right } = generateCandidatePairs(rows.length, rules, { kind: 'dedupe' });
  const pairs = [...left].map((record, index) => `${String(record)}-${String(right[index] ?? -1)}`);
  const proposing = rules
    .filter((rule) => generateCandidatePairs(rows.length, [rule], { kind: 'dedupe' }).left.length > 0)
    .map((rule) => rule.name);
  return { pairs, rules: proposing };
}

describe('defaultBlockingRules', () => {
  it('brings together swapped names that are also misspelt, by their first sounds and the birth date', () => {
    const { pairs, rules } = candidates([
      ['Fadoua', 'El Khatib', '', '1998-12-14', 'Tanger'],
      ['El Hkatib', 'Fadwa', '', '1998-12-14', 'Tetouan'],
    ]);
    expect(pairs).toEqual(['0-1']);
    expect(rules).toEqual(['name_initials_any_order+birth_date']);
  });

  it('brings together records whose names changed entirely (a newborn named later) by birth date and locality', () => {
    const { pairs, rules } = candidates([
      ['Bébé', 'Filali', '', '2024-02-04', 'Tetouan'],
      ['Malika', 'Doukkali', '', '2024-02-04', 'Tetouan'],
    ]);
    expect(pairs).toEqual(['0-1']);
    expect(rules).toEqual(['birth_date+locality']);
  });

  it('brings together a misspelt given name with a mistyped birth date by family name, initial and locality', () => {
    const { pairs, rules } = candidates([
      ['Nezha', 'El Bakkali', '', '2013-02-06', 'Tetouan'],
      ['Nezhta', 'Bakkali', '', '2012-02-06', 'Tetouan'],
    ]);
    expect(pairs).toEqual(['0-1']);
    expect(rules).toEqual(['family_key+given_initial+locality']);
  });
});
