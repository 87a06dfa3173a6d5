/**
 * A GST's working calendar: working weekdays (ISO 1 = Monday … 7 = Sunday; Moroccan administrations work Monday to
 * Friday) and public holidays (ISO dates; the religious ones move with the Hijri calendar, so the GST sets them per
 * year). Referral timers in working days count on it, in Morocco's time zone.
 */
export interface WorkingCalendar {
  workingWeekdays: readonly number[];
  holidays: ReadonlySet<string>;
}

export const MOROCCO_TIME_ZONE = 'Africa/Casablanca';

/** Monday to Friday, no holiday: the default before a GST sets its own. */
export const defaultWorkingWeekdays: readonly number[] = [1, 2, 3, 4, 5];

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: MOROCCO_TIME_ZONE });
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: MOROCCO_TIME_ZONE, timeZoneName: 'longOffset' });

/** The ISO date of an instant in Morocco. */
export const moroccoDay = (instant: Date): string => dayFormat.format(instant);

/** ISO weekday (1 = Monday … 7 = Sunday) of an ISO date. */
export function isoWeekday(day: string): number {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The ISO date `count` days after `day` (negative: before). */
export function addDays(day: string, count: number): string {
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + count * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a day is worked in this calendar. */
export const isWorkingDay = (calendar: WorkingCalendar, day: string): boolean =>
  calendar.workingWeekdays.includes(isoWeekday(day)) && !calendar.holidays.has(day);

// Morocco's offset changes only at whole hours, so it is remembered per UTC hour (bounded: cleared when full).
const offsetByHour = new Map<number, number>();

/** Morocco's UTC offset in minutes on an instant (+60 most of the year, 0 during Ramadan). */
function moroccoOffsetMinutes(instant: Date): number {
  const hour = Math.floor(instant.getTime() / 3_600_000);
  const known = offsetByHour.get(hour);
  if (known !== undefined) {
    return known;
  }
  if (offsetByHour.size >= 50_000) {
    offsetByHour.clear();
  }
  const offset = computeOffsetMinutes(instant);
  offsetByHour.set(hour, offset);
  return offset;
}

function computeOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) {
    return 0;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant a local Morocco wall-clock time happens (e.g. `2026-12-07`, `08:30`). */
export function moroccoInstant(day: string, time: string): Date {
  const naive = new Date(`${day}T${time.length === 5 ? `${time}:00` : time}Z`);
  const offset = moroccoOffsetMinutes(new Date(naive.getTime() - 60 * 60_000));
  return new Date(naive.getTime() - offset * 60_000);
}

/**
 * The end (midnight, Morocco time) of the `count`-th working day after the day of `start`: a referral sent on a Friday
 * evening with 1 working day to accept is due by Monday midnight. `count` must be at least 1.
 */
export function addWorkingDays(calendar: WorkingCalendar, start: Date, count: number): Date {
  if (calendar.workingWeekdays.length === 0) {
    throw new Error('A working calendar needs at least one working weekday');
  }
  let day = moroccoDay(start);
  let remaining = count;
  while (remaining > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) {
      remaining -= 1;
    }
  }
  return moroccoInstant(addDays(day, 1), '00:00');
}

/** Working days between two instants' days: the days after `from`'s day up to and including `to`'s day. */
export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  let day = moroccoDay(from);
  const last = moroccoDay(to);
  let count = 0;
  while (day < last) {
    day = addDays(day, 1);
    if (isWorkingDay(calendar, day)) {
      count += 1;
    }
  }
  return count;
}
