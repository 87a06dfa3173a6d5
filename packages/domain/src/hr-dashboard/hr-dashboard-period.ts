import { z } from 'zod';
import { addDays } from '../referrals/working-calendar';

/** A calendar month, `YYYY-MM`: the dashboards' period. */
export const hrDashboardMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month looks like 2026-03');

/** The days a dashboard month reads. */
export interface HrDashboardPeriod {
  month: string;
  /** First and last day of the month. */
  first: string;
  last: string;
  /**
   * The day headcount, vacancies and WISN staff are counted on: the last day of a past month, today in the current
   * month, the first day of a future one (assignments may already be planned).
   */
  day: string;
  /** First day of the 12 months ending with the month: the window of mobility flows and times to decision. */
  windowFrom: string;
  /** WISN year: the calendar year of the month. */
  year: number;
}

/** Moves a `YYYY-MM` month by `count` months (negative: back). */
export function shiftMonth(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The days of a month and the day its figures are counted on, given today (ISO date in Morocco). */
export function hrDashboardPeriod(month: string, today: string): HrDashboardPeriod {
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const day = today < first ? first : today > last ? last : today;
  return { month, first, last, day, windowFrom: `${shiftMonth(month, -11)}-01`, year: Number(month.slice(0, 4)) };
}
