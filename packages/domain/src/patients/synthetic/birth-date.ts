import type { Random } from './create-random';
import type { BirthDatePrecision } from '../patient';

/** A calendar date with 1-based month and day. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the parts form a real date (no 30 February, no month 13). */
export function isValidCalendarDate(date: CalendarDate): boolean {
  return (
    Number.isInteger(date.year) &&
    date.month >= 1 &&
    date.month <= 12 &&
    date.day >= 1 &&
    date.day <= daysInMonth(date.year, date.month)
  );
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** Formats a birth date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to its precision. */
export function formatBirthDate(date: CalendarDate, precision: BirthDatePrecision): string {
  if (precision === 'year') {
    return pad(date.year, 4);
  }
  if (precision === 'month') {
    return `${pad(date.year, 4)}-${pad(date.month, 2)}`;
  }
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Reads back a date written by `formatBirthDate` (missing parts become 1). */
export function parseBirthDate(text: string): CalendarDate {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  return { year, month, day };
}

/** A random date of birth for someone who is `ageYears` old on `reference`. */
export function birthDateForAge(ageYears: number, reference: CalendarDate, random: Random): CalendarDate {
  const month = random.between(1, 12);
  const draft = { month, day: random.between(1, 28) };
  // Occasionally use the last days of the month too, without ever producing an invalid date.
  const longMonth = daysInMonth(2001, month);
  const day = random.chance(0.1) ? random.between(29, longMonth) : draft.day;
  const birthdayPassed = month < reference.month || (month === reference.month && day <= reference.day);
  const year = reference.year - ageYears - (birthdayPassed ? 0 : 1);
  const candidate = { year, month, day };
  return isValidCalendarDate(candidate) ? candidate : { year, month, day: 28 };
}
