import { describe, expect, it } from 'vitest';
import { parseBirthDateInput, toBirthDateInput } from './birth-date-text';

const today = '2026-11-22';

describe('parseBirthDateInput', () => {
  it.each([
    ['14/03/1987', '1987-03-14'],
    ['4/3/1987', '1987-03-04'],
    ['14.03.1987', '1987-03-14'],
    ['14-03-1987', '1987-03-14'],
    ['14 03 1987', '1987-03-14'],
    ['14031987', '1987-03-14'],
    ['03/1987', '1987-03'],
    ['3/1987', '1987-03'],
    ['1955', '1955'],
    ['  1955 ', '1955'],
    ['1987-03-14', '1987-03-14'],
    ['١٤/٠٣/١٩٨٧', '1987-03-14'],
  ])('reads %s as %s', (typed, partial) => {
    expect(parseBirthDateInput(typed, today)).toEqual({ value: partial });
  });

  it('reads an empty field as no date', () => {
    expect(parseBirthDateInput('   ', today)).toEqual({ value: null });
  });

  it.each([
    ['14/03', 'format'],
    ['87', 'format'],
    ['né en 1955', 'format'],
    ['1987/03/14', 'format'],
    ['31/02/1990', 'notExist'],
    ['13/1990', 'notExist'],
    ['00/00/1955', 'notExist'],
    ['1850', 'tooOld'],
    ['23/11/2026', 'future'],
    ['12/2026', 'future'],
    ['2027', 'future'],
  ])('refuses %s (%s)', (typed, problem) => {
    expect(parseBirthDateInput(typed, today)).toEqual({ problem });
  });

  it('accepts today and the current month and year', () => {
    expect(parseBirthDateInput('22/11/2026', today)).toEqual({ value: '2026-11-22' });
    expect(parseBirthDateInput('11/2026', today)).toEqual({ value: '2026-11' });
    expect(parseBirthDateInput('2026', today)).toEqual({ value: '2026' });
  });
});

describe('toBirthDateInput', () => {
  it.each([
    ['1987-03-14', '14/03/1987'],
    ['1987-03', '03/1987'],
    ['1955', '1955'],
    [null, ''],
  ])('shows %s as %s', (partial, typed) => {
    expect(toBirthDateInput(partial)).toBe(typed);
  });

  it('reads back what it shows', () => {
    for (const partial of ['1987-03-14', '1987-03', '1955']) {
      expect(parseBirthDateInput(toBirthDateInput(partial), today)).toEqual({ value: partial });
    }
  });
});
