import { describe, expect, it } from 'vitest';
import { isValidOpeningHours } from './opening-hours';

describe('isValidOpeningHours', () => {
  it.each([
    '24/7',
    'Mo-Fr 08:30-16:30',
    'Mo-Fr 08:30-16:30; Sa 08:30-12:00',
    'Mo,We,Fr 09:00-12:00,14:00-17:00',
    'Su off',
    'PH off',
    'Mo-We,Fr 08:00-12:00',
    'Mo-Su 00:00-24:00',
    'Mo-Fr 08:00-20:00; Sa,Su 09:00-13:00; PH off',
  ])('accepts %j', (value) => {
    expect(isValidOpeningHours(value)).toBe(true);
  });

  it.each([
    { value: '', why: 'empty' },
    { value: 'Monday 8-16', why: 'English day name and hours without minutes' },
    { value: 'Mo-Fr 16:30-08:30', why: 'the range ends before it starts' },
    { value: 'Mo-Fr 08:30-08:30', why: 'the range ends when it starts' },
    { value: 'Mo-Fr 09:00-12:00,14:00-13:00', why: 'the second range ends before it starts' },
    { value: 'Mo-Fr 08:00-12:00; Sa 12:00-09:00', why: 'the second rule ends before it starts' },
    { value: 'Mo-Fr 25:00-26:00', why: 'hours past 24' },
    { value: 'Mo-Fr 08:60-16:30', why: 'minutes past 59' },
    { value: 'Mo-Fr 8:30-16:30', why: 'a one-digit hour' },
    { value: 'Mo-Fr 08:30-16:30;Sa 08:30-12:00', why: 'no space after the semicolon' },
    { value: 'Mo-Fr 08:30-16:30; ', why: 'a trailing separator' },
    { value: 'Mo-Fr  08:30-16:30', why: 'two spaces' },
    { value: 'mo-fr 08:30-16:30', why: 'lower-case days' },
    { value: 'Mo-Fr', why: 'days without hours' },
    { value: '08:30-16:30', why: 'hours without days' },
    { value: '24/7; Su off', why: '24/7 combined with rules' },
    { value: ' 24/7', why: 'a leading space' },
  ])('rejects $value ($why)', ({ value }) => {
    expect(isValidOpeningHours(value)).toBe(false);
  });
});
