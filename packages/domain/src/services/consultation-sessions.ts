import { addDays, isoWeekday, moroccoInstant } from '../referrals/working-calendar';
import type { ConsultationMode } from './service-directory';

/** What session expansion needs of a weekly schedule (times HH:MM, Morocco wall clock). */
export interface ScheduleRule {
  id: string;
  weekday: number;
  startTime: string;
  endTime: string;
  slotCount: number;
  mode: ConsultationMode;
  validFrom: string;
  validTo: string | null;
}

/** A closure of the whole service (`scheduleId` null) or of one schedule, both days included. */
export interface ClosureRule {
  scheduleId: string | null;
  fromDate: string;
  toDate: string;
}

/** One dated occurrence of a weekly schedule. */
export interface ConsultationSession {
  scheduleId: string;
  day: string;
  startsAt: Date;
  endsAt: Date;
  slotCount: number;
  mode: ConsultationMode;
}

/** One bookable slot of a session. */
export interface ConsultationSlot {
  scheduleId: string;
  sessionDate: string;
  slotIndex: number;
  startsAt: Date;
  endsAt: Date;
  mode: ConsultationMode;
}

/** Expansion is bounded: a year and a bit is more than any booking horizon. */
export const maxExpansionDays = 400;

const isClosed = (closures: readonly ClosureRule[], scheduleId: string, day: string): boolean =>
  closures.some(
    (closure) =>
      (closure.scheduleId === null || closure.scheduleId === scheduleId) &&
      closure.fromDate <= day &&
      closure.toDate >= day,
  );

/**
 * The sessions the schedules hold from `fromDay` to `toDay` (ISO dates, both included), in time order: on their
 * weekday, within their validity, except on the GST's public holidays and the service's closures. Start and end are
 * instants of Morocco's wall clock (UTC+1, UTC+0 during Ramadan).
 */
export function expandSessions(
  schedules: readonly ScheduleRule[],
  closures: readonly ClosureRule[],
  holidays: ReadonlySet<string>,
  fromDay: string,
  toDay: string,
): ConsultationSession[] {
  const sessions: ConsultationSession[] = [];
  let day = fromDay;
  for (let count = 0; day <= toDay && count < maxExpansionDays; count += 1, day = addDays(day, 1)) {
    if (holidays.has(day)) {
      continue;
    }
    const weekday = isoWeekday(day);
    for (const schedule of schedules) {
      if (
        schedule.weekday !== weekday ||
        schedule.validFrom > day ||
        (schedule.validTo !== null && schedule.validTo < day) ||
        isClosed(closures, schedule.id, day)
      ) {
        continue;
      }
      sessions.push({
        scheduleId: schedule.id,
        day,
        startsAt: moroccoInstant(day, schedule.startTime.slice(0, 5)),
        endsAt: moroccoInstant(day, schedule.endTime.slice(0, 5)),
        slotCount: schedule.slotCount,
        mode: schedule.mode,
      });
    }
  }
  return sessions.sort(
    (a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.scheduleId.localeCompare(b.scheduleId),
  );
}

/** The key of a slot, as the `appointments` unique index sees it. */
export const slotKey = (scheduleId: string, sessionDate: string, slotIndex: number): string =>
  `${scheduleId}|${sessionDate}|${slotIndex}`;

/** All slots of a session: slot i starts at start + i × (duration / slot count), to the second. */
export function sessionSlots(session: ConsultationSession): ConsultationSlot[] {
  const start = session.startsAt.getTime();
  const step = (session.endsAt.getTime() - start) / session.slotCount;
  const at = (index: number) =>
    index === session.slotCount ? session.endsAt : new Date(start + Math.round((index * step) / 1000) * 1000);
  return Array.from({ length: session.slotCount }, (_, slotIndex) => ({
    scheduleId: session.scheduleId,
    sessionDate: session.day,
    slotIndex,
    startsAt: at(slotIndex),
    endsAt: at(slotIndex + 1),
    mode: session.mode,
  }));
}

/**
 * The slots of the sessions that no live appointment holds (`bookedKeys`: `slotKey` of each), in time order; only those
 * starting in [`from`, `to`) when given, and at most `limit` (the sessions past the limit are not expanded).
 */
export function freeSlots(
  sessions: readonly ConsultationSession[],
  bookedKeys: ReadonlySet<string>,
  options: { from?: Date; to?: Date; limit?: number } = {},
): ConsultationSlot[] {
  const { from, to, limit = Number.POSITIVE_INFINITY } = options;
  const free: ConsultationSlot[] = [];
  for (const session of sessions) {
    if ((from && session.endsAt <= from) || (to && session.startsAt >= to)) {
      continue;
    }
    for (const slot of sessionSlots(session)) {
      if (
        (from && slot.startsAt < from) ||
        (to && slot.startsAt >= to) ||
        bookedKeys.has(slotKey(slot.scheduleId, slot.sessionDate, slot.slotIndex))
      ) {
        continue;
      }
      free.push(slot);
      if (free.length >= limit) {
        return free;
      }
    }
  }
  return free;
}
