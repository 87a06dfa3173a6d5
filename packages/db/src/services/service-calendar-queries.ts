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

const jsonRows = (value: unknown): Record<string, unknown>[] =>
  (typeof value === 'string' ? JSON.parse(value) : (value ?? [])) as Record<string, unknown>[];

/**
 * The schedules, closures and booked slots of several services of a GST between two days (both included), keyed by
 * `serviceKeyOf`, with the GST's public holidays: one round trip whatever the number of services.
 */
export async function loadServiceCalendars(
  executor: Executor,
  gstId: string,
  services: readonly { establishmentId: string; specialtyCode: string }[],
  fromDay: string,
  toDay: string,
): Promise<{ calendars: Map<string, ServiceCalendar>; holidays: Set<string> }> {
  const calendars = new Map<string, ServiceCalendar>();
  for (const service of services) {
    calendars.set(serviceKeyOf(service.establishmentId, service.specialtyCode), {
      schedules: [],
      closures: [],
      booked: new Set(),
    });
  }
  const keys = sql.param([...calendars.keys()]);
  const ofService = sql`gst_id = ${gstId} and (establishment_id::text || '|' || specialty_code) = any(${keys}::text[])`;
  const [row] = await queryRows(
    executor,
    sql`select
      (select coalesce(json_agg(s), '[]'::json) from (select ${scheduleColumns} from consultation_schedules
        where ${ofService} and valid_from <= ${toDay} and (valid_to is null or valid_to >= ${fromDay})) s) as schedules,
      (select coalesce(json_agg(c), '[]'::json) from (select ${closureColumns} from consultation_closures
        where ${ofService} and from_date <= ${toDay} and to_date >= ${fromDay}) c) as closures,
      (select coalesce(json_agg(a), '[]'::json) from (
        select establishment_id, specialty_code, schedule_id, session_date::text as session_date, slot_index
        from appointments
        where ${ofService} and session_date between ${fromDay} and ${toDay} and status <> 'cancelled') a)
        as appointments,
      (select coalesce(json_agg(h.day::text), '[]'::json) from gst_holidays h where h.gst_id = ${gstId}) as holidays`,
  );
  for (const schedule of jsonRows(row?.schedules).map(toSchedule)) {
    calendars.get(serviceKeyOf(schedule.establishmentId, schedule.specialtyCode))?.schedules.push(schedule);
  }
  for (const closure of jsonRows(row?.closures).map(toClosure)) {
    calendars.get(serviceKeyOf(closure.establishmentId, closure.specialtyCode))?.closures.push(closure);
  }
  for (const appointment of jsonRows(row?.appointments)) {
    calendars
      .get(serviceKeyOf(asText(appointment.establishment_id), asText(appointment.specialty_code)))
      ?.booked.add(
        slotKey(asText(appointment.schedule_id), asText(appointment.session_date), Number(appointment.slot_index)),
      );
  }
  const holidays = (typeof row?.holidays === 'string' ? JSON.parse(row.holidays) : (row?.holidays ?? [])) as string[];
  return { calendars, holidays: new Set(holidays) };
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
  const { calendars, holidays } = await loadServiceCalendars(executor, gstId, [options], fromDay, toDay);
  const calendar = calendars.get(serviceKeyOf(options.establishmentId, options.specialtyCode));
  if (!calendar) {
    return [];
  }
  const sessions = calendarSessions(calendar, holidays, fromDay, toDay, options.mode);
  return freeSlots(sessions, calendar.booked, { from: options.from, to: options.to, limit: options.limit });
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
