/** The dates a WISN year reads: activity in [from, to), standards and staff in force on `onDate`. */
export interface WisnYear {
  year: number;
  onDate: string;
  period: { from: string; to: string };
  /** Platform counts of an unfinished year are scaled by this to a full year; 1 for a past year. */
  annualisationFactor: number;
}

const dayMs = 86_400_000;
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / dayMs;

/**
 * A past year reads its whole activity and the standards and staff of 31 December. The current year reads its
 * activity up to today, scaled to 365 days (WISN needs annual workload), with today's standards and staff. A future
 * year reads nothing and keeps a factor of 1.
 */
export function wisnYear(year: number, today: string): WisnYear {
  const from = `${year}-01-01`;
  const next = `${year + 1}-01-01`;
  if (today >= next || today < from) {
    return { year, onDate: `${year}-12-31`, period: { from, to: next }, annualisationFactor: 1 };
  }
  const elapsed = Math.max(1, dayNumber(today) - dayNumber(from));
  const length = dayNumber(next) - dayNumber(from);
  return { year, onDate: today, period: { from, to: today }, annualisationFactor: length / elapsed };
}
