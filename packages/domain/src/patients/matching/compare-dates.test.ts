import { describe, expect, it } from 'vitest';
import { toBirthDateParser } from './birth-date';
import { compareDates, dateLevels } from './compare-dates';

const parse = toBirthDateParser('DD/MM/YYYY');
const level = (a: string, b: string): string => dateLevels[compareDates(parse?.(a), parse?.(b))] ?? '';

describe('compareDates', () => {
  it.each([
    ['12/03/1980', '12/03/1980', 'exact'],
    ['1955', '14/06/1955', 'same_year_imprecise'],
    ['01/01/1955', '14/06/1955', 'same_year_imprecise'],
    ['31/12/1955', '1955', 'same_year_imprecise'],
    ['1955', '1955', 'same_year_imprecise'],
    ['01/01/1955', '01/01/1955', 'same_year_imprecise'],
    ['04/09/1980', '09/04/1980', 'day_month_swapped'],
    ['12/03/1980', '12/03/1989', 'one_digit'],
    ['12/03/1980', '21/03/1980', 'one_digit'],
    ['12/03/1980', '02/11/1980', 'within_one_year'],
    ['12/03/1980', '05/07/1962', 'disagree'],
    ['', '05/07/1962', 'missing'],
    ['not a date', '05/07/1962', 'missing'],
  ])('compares %s with %s as %s', (a, b, expected) => {
    expect(level(a, b)).toBe(expected);
  });
});

describe('toBirthDateParser', () => {
  it.each([
    ['YYYYMMDD', '19800312'],
    ['YYYY-MM-DD', '1980-03-12'],
    ['MM/DD/YYYY', '3/12/1980'],
    ['DD.MM.YYYY', '12.03.1980'],
  ])('reads %s', (format, value) => {
    expect(toBirthDateParser(format)?.(value)?.digits).toBe('19800312');
  });

  it('accepts a plain year in any format as a year-only date', () => {
    expect(toBirthDateParser('YYYYMMDD')?.('1955')).toMatchObject({ year: 1955, imprecise: true });
  });

  it.each(['DD/MM/YY', 'QQ-ZZ', 'YYYY-MM-MM'])('rejects the unreadable format %s', (format) => {
    expect(toBirthDateParser(format)).toBeUndefined();
  });
});
