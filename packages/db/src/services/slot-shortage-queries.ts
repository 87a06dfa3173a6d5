import { sql } from 'drizzle-orm';
import {
  addDays,
  directoryEstablishmentTypes,
  slotShortage,
  type ServiceEstablishment,
  type SlotShortageResult,
} from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, queryRows } from '../lib/rows';
import { loadServiceCalendars, serviceKeyOf, sessionsWithBookings } from './service-calendar-queries';
import { toServiceEstablishment } from './service-rows';

export interface ServiceSlotShortage extends SlotShortageResult {
  establishment: ServiceEstablishment;
  specialtyCode: string;
}

/**
 * The slot shortage worklist (issue #4 §4): the hospital services of a GST (or of `establishmentIds`) whose demand
 * over the next `weeks` weeks from `today` — booked appointments plus referrals accepted or waitlisted, not booked yet
 * — exceeds the slots of their sessions. The largest shortage first.
 */
export async function listSlotShortages(
  executor: Executor,
  gstId: string,
  options: { today: string; weeks: number; establishmentIds: readonly string[] | 'all' },
): Promise<ServiceSlotShortage[]> {
  const onlyEstablishments =
    options.establishmentIds === 'all'
      ? sql`true`
      : sql`s.establishment_id = any(${sql.param([...options.establishmentIds])}::uuid[])`;
  const serviceRows = await queryRows(
    executor,
    sql`select e.id as establishment_id, e.code, e.name_fr, e.name_ar, e.type, e.province_code, s.specialty_code,
        coalesce(r.pending, 0)::int as pending
      from establishment_services s
      join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
      left join (
        select destination_establishment_id, specialty_code, count(*) as pending from referrals
        where gst_id = ${gstId} and status in ('accepted', 'waitlisted')
        group by destination_establishment_id, specialty_code
      ) r on r.destination_establishment_id = s.establishment_id and r.specialty_code = s.specialty_code
      where s.gst_id = ${gstId} and e.status <> 'closed'
        and e.type = any(${sql.param([...directoryEstablishmentTypes])}::text[]) and ${onlyEstablishments}`,
  );
  const services = serviceRows.map((row) => ({
    establishment: toServiceEstablishment(row),
    establishmentId: asText(row.establishment_id),
    specialtyCode: asText(row.specialty_code),
    pending: Number(row.pending),
  }));
  const days = options.weeks * 7;
  const lastDay = addDays(options.today, days - 1);
  const { calendars, holidays } = await loadServiceCalendars(executor, gstId, services, options.today, lastDay);
  const weekStarts = Array.from({ length: options.weeks }, (_, index) => addDays(options.today, index * 7));
  return services
    .flatMap((service) => {
      const calendar = calendars.get(serviceKeyOf(service.establishmentId, service.specialtyCode));
      const sessions = calendar ? sessionsWithBookings(calendar, holidays, options.today, days) : [];
      const weeks = weekStarts.map((weekStart) => {
        const inWeek = sessions.filter((session) => session.day >= weekStart && session.day < addDays(weekStart, 7));
        return {
          weekStart,
          capacity: inWeek.reduce((sum, session) => sum + session.slotCount, 0),
          booked: inWeek.reduce((sum, session) => sum + session.booked, 0),
        };
      });
      const result = slotShortage(weeks, service.pending);
      return result.shortage > 0
        ? [{ establishment: service.establishment, specialtyCode: service.specialtyCode, ...result }]
        : [];
    })
    .sort((a, b) => b.shortage - a.shortage || a.establishment.nameFr.localeCompare(b.establishment.nameFr));
}
