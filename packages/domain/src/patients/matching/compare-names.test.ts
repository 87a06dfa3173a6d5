import { describe, expect, it } from 'vitest';
import { compareNames, nameLevels } from './compare-names';
import { buildComparisons } from './build-comparisons';
import { alternativeNameFormat } from './comparison-column';
import { buildNameColumns, compareNameForms } from './name-columns';
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

  it('compares every writing of a name typed in both scripts, the best pair counting', () => {
    // A typo in the Latin writing; the Arabic one, typed at another desk alone, agrees.
    const given = ['Hihcam', 'هشام'].map(prepareName);
    const family = ['El Yousfi', 'اليوسفي'].map(prepareName);
    const alternatives = { given: [prepareName('هشام'), undefined], family: [prepareName('اليوسفي'), undefined] };
    const [withBoth] = buildNameColumns(given, family, alternatives);
    const [latinOnly] = buildNameColumns(given, family);
    expect(nameLevels[withBoth?.compare(0, 1) ?? 0]).toBe('exact');
    expect(nameLevels[latinOnly?.compare(0, 1) ?? 0]).toBe('disagree');
  });

  it('keeps the strongest level and ignores missing writings', () => {
    const [mohamed, mohammed, karim, arabic] = ['Mohamed', 'Mohammed', 'Karim', 'محمد'].map(prepareName);
    expect(compareNameForms(karim, mohamed, undefined, undefined)).toBe(nameLevels.indexOf('disagree'));
    expect(compareNameForms(karim, mohamed, arabic, undefined)).toBe(nameLevels.indexOf('phonetic'));
    expect(compareNameForms(karim, mohammed, undefined, mohamed)).toBe(nameLevels.indexOf('disagree'));
    expect(compareNameForms(undefined, undefined, mohamed, mohammed)).toBe(nameLevels.indexOf('exact'));
    expect(compareNameForms(undefined, mohamed, undefined, undefined)).toBe(0);
  });

  it('reads a name column with the alternative format as another writing, not as more of the name', () => {
    const { columns } = buildComparisons(
      [
        { name: 'given', role: 'given_name' },
        { name: 'given_ar', role: 'given_name', format: alternativeNameFormat },
        { name: 'family', role: 'family_name' },
      ],
      [
        ['Hihcam', 'هشام', 'Yousfi'],
        ['هشام', '', 'Yousfi'],
      ],
    );
    expect(columns.map((column) => column.name)).toEqual(['given_name', 'family_name']);
    expect(nameLevels[columns[0]?.compare(0, 1) ?? 0]).toBe('exact');
  });
});
