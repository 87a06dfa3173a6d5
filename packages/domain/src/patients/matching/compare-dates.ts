import type { BirthDate } from './birth-date';
import { missingLevel } from './comparison-column';
import { isWithinOneEdit } from './string-similarity';

/** Agreement levels of a date comparison, strongest first. */
export const dateLevels = [
  'missing',
  'exact',
  'same_year_imprecise',
  'day_month_swapped',
  'one_digit',
  'within_one_year',
  'disagree',
] as const;

/**
 * Compares birth dates with their precision: a year-only or 1 January / 31 December date agrees with any date of
 * the same year (itself included) at a weaker level; day/month swaps and single-digit typos are their own levels.
 */
export function compareDates(a: BirthDate | undefined, b: BirthDate | undefined): number {
  if (a === undefined || b === undefined) {
    return missingLevel;
  }
  const imprecise = a.imprecise || b.imprecise;
  // Two "1955" (or two 1 January 1955) agree on the year only: thousands of people share it, so it is not an exact
  // agreement on a birth date, whatever the digits say.
  if (imprecise && a.year === b.year) {
    return 2;
  }
  if (a.digits === b.digits) {
    return 1;
  }
  if (a.year === b.year && a.month === b.day && a.day === b.month) {
    return 3;
  }
  if (isWithinOneEdit(a.digits, b.digits)) {
    return 4;
  }
  const withinOneYear = imprecise ? Math.abs(a.year - b.year) <= 1 : Math.abs(a.dayNumber - b.dayNumber) <= 366;
  return withinOneYear ? 5 : 6;
}
