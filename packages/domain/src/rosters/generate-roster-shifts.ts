import { z } from 'zod';
import { parse } from '../lib/parse';
import { addDays, isoWeekday, moroccoInstant } from '../referrals/working-calendar';
import type { RosterDayType, RosterLine, RosterShift, ShiftTimes } from './roster-problem';

/** The month to lay out, the GST's public holidays (ISO dates) and the weekend days (ISO weekdays, Saturday–Sunday). */
export const rosterShiftsOptionsSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM'),
  holidays: z.array(z.iso.date()).default([]),
  weekendDays: z.array(z.number().int().min(1).max(7)).default([6, 7]),
});
export type RosterShiftsOptions = z.input<typeof rosterShiftsOptionsSchema>;

/** The ISO dates of a month, `YYYY-MM`. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let day = `${month}-01`; day.startsWith(month); day = addDays(day, 1)) {
    days.push(day);
  }
  return days;
}

function dayTypeOf(day: string, holidays: ReadonlySet<string>, weekendDays: readonly number[]): RosterDayType {
  if (holidays.has(day)) {
    return 'holiday';
  }
  return weekendDays.includes(isoWeekday(day)) ? 'weekend' : 'weekday';
}

function timesFor(line: Pick<RosterLine, 'shiftPattern'>, dayType: RosterDayType): readonly ShiftTimes[] {
  const pattern = line.shiftPattern;
  if (dayType === 'holiday') {
    return pattern.holiday ?? pattern.weekend;
  }
  return dayType === 'weekend' ? pattern.weekend : pattern.weekday;
}

/**
 * Lays out a month of shifts for each line from its shift pattern, on Morocco's wall clock (the UTC offset changes
 * during Ramadan, so a 24 h shift may last 23 or 25 hours). Shift ids are `<lineId>/<day>/<n>`; sorted by start.
 * @throws AppError validation_failed when the options are not valid.
 */
export function generateRosterShifts(
  lines: readonly Pick<RosterLine, 'id' | 'shiftPattern'>[],
  options: RosterShiftsOptions,
): RosterShift[] {
  const { month, holidays, weekendDays } = parse(rosterShiftsOptionsSchema, options);
  const holidaySet = new Set(holidays);
  const shifts: RosterShift[] = [];
  for (const day of daysOfMonth(month)) {
    const dayType = dayTypeOf(day, holidaySet, weekendDays);
    for (const line of lines) {
      timesFor(line, dayType).forEach((times, index) => {
        const endDay = times.end <= times.start ? addDays(day, 1) : day;
        shifts.push({
          id: `${line.id}/${day}/${index + 1}`,
          lineId: line.id,
          day,
          dayType,
          startsAt: moroccoInstant(day, times.start).toISOString(),
          endsAt: moroccoInstant(endDay, times.end).toISOString(),
        });
      });
    }
  }
  return shifts.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
