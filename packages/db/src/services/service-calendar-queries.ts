import { sql } from 'drizzle-orm';
import {
  addDays,
  expandSessions,
  freeSlots,
  moroccoDay,
  slotKey,
  type ConsultationClosure,
  type ConsultationMode,
  type ConsultationSchedule,
  type ConsultationSession,
  type ConsultationSlot,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';
import { listGstHolidays } from './holiday-queries';
import { closureColumns, scheduleColumns, toClosure, toSchedule } from './service-rows';

/** What slot computations need of one service over a range of days. */
export interface ServiceCalendar {
  schedules: ConsultationSchedule[];
  closures: ConsultationClosure[];
  /** `slotKey` of each live (not cancelled) appointment. */
  booked: Set<string>;
}

export const serviceKeyOf = (establishmentId: string, specialtyCode: string): string =>
  `${establishmentId}|${specialtyCode}`;

/**
 * The schedules, closures and booked slots of several services of a GST between two days (both included), keyed by
 * `serviceKeyOf`. Three queries whatever the number of services.
 */
export async function loadServiceCalendars(
  executor: Executor,
  gstId: string,
  services: readonly { establishmentId: string; specialtyCode: string }[],
  fromDay: string,
  toDay: string,
): Promise<Map<string, ServiceCalendar>> {
  const calendars = new Map<string, ServiceCalendar>();
  for (const service of services) {
    calendars.set(serviceKeyOf(service.establishmentId, service.specialtyCode), {
      schedules: [],
      closures: [],
      booked: new Set(),
    });
  }
  if (services.length === 0) {
    return calendars;
  }
  const keys = sql.param([...calendars.keys()]);
  const ofService = sql`gst_id = ${gstId} and (establishment_id::text || '|' || specialty_code) = any(${keys}::text[])`;
  // One after the other: a transaction's connection runs one query at a time.
  const schedules = await queryRows(
    executor,
    sql`select ${scheduleColumns} from consultation_schedules
      where ${ofService} and valid_from <= ${toDay} and (valid_to is null or valid_to >= ${fromDay})`,
  );
  const closures = await queryRows(
    executor,
    sql`select ${closureColumns} from consultation_closures
      where ${ofService} and from_date <= ${toDay} and to_date >= ${fromDay}`,
  );
  const appointments = await queryRows(
    executor,
    sql`select establishment_id, specialty_code, schedule_id, session_date::text as session_date, slot_index
      from appointments
      where ${ofService} and session_date between ${fromDay} and ${toDay} and status <> 'cancelled'`,
  );
  for (const schedule of schedules.map(toSchedule)) {
    calendars.get(serviceKeyOf(schedule.establishmentId, schedule.specialtyCode))?.schedules.push(schedule);
  }
  for (const closure of closures.map(toClosure)) {
    calendars.get(serviceKeyOf(closure.establishmentId, closure.specialtyCode))?.closures.push(closure);
  }
  for (const row of appointments) {
    calendars
      .get(serviceKeyOf(asText(row.establishment_id), asText(row.specialty_code)))
      ?.booked.add(slotKey(asText(row.schedule_id), asText(row.session_date), Number(row.slot_index)));
  }
  return calendars;
}

/** The sessions of a service's calendar between two days, on the GST's holidays. */
export const calendarSessions = (
  calendar: ServiceCalendar,
  holidays: ReadonlySet<string>,
  fromDay: string,
  toDay: string,
  mode?: ConsultationMode,
): ConsultationSession[] =>
  expandSessions(
    mode ? calendar.schedules.filter((schedule) => schedule.mode === mode) : calendar.schedules,
    calendar.closures,
    holidays,
    fromDay,
    toDay,
  );

/** The days of a GST's public holidays, as session expansion reads them. */
export async function gstHolidayDays(executor: Executor, gstId: string): Promise<Set<string>> {
  return new Set((await listGstHolidays(executor, gstId)).map((holiday) => holiday.day));
}

/**
 * The free slots of a service between two instants, in time order, at most `limit`: the slots of its sessions (weekly
 * schedules on the GST's working calendar, less closures and public holidays) that no live appointment holds.
 */
export async function listFreeSlots(
  executor: Executor,
  gstId: string,
  options: {
    establishmentId: string;
    specialtyCode: string;
    from: Date;
    to: Date;
    mode?: 'in_person' | 'teleconsultation';
    limit: number;
  },
): Promise<ConsultationSlot[]> {
  const fromDay = moroccoDay(options.from);
  const toDay = moroccoDay(options.to);
  const calendars = await loadServiceCalendars(executor, gstId, [options], fromDay, toDay);
  const holidays = await gstHolidayDays(executor, gstId);
  const calendar = calendars.get(serviceKeyOf(options.establishmentId, options.specialtyCode));
  if (!calendar) {
    return [];
  }
  const sessions = calendarSessions(calendar, holidays, fromDay, toDay, options.mode);
  return freeSlots(sessions, calendar.booked)
    .filter((slot) => slot.startsAt >= options.from && slot.startsAt < options.to)
    .slice(0, options.limit);
}

/** The sessions of a service in the coming `days` days from `today`, with their booked slot counts. */
export function sessionsWithBookings(
  calendar: ServiceCalendar,
  holidays: ReadonlySet<string>,
  today: string,
  days: number,
): (ConsultationSession & { booked: number })[] {
  return calendarSessions(calendar, holidays, today, addDays(today, days - 1)).map((session) => {
    let booked = 0;
    for (let index = 0; index < session.slotCount; index += 1) {
      if (calendar.booked.has(slotKey(session.scheduleId, session.day, index))) {
        booked += 1;
      }
    }
    return { ...session, booked };
  });
}
