import {
  addDays,
  authorize,
  canViewServiceDirectory,
  freeSlots,
  moroccoDay,
  type ListServiceDirectoryQuery,
  type ServiceDirectoryPage,
} from '@tansiq/domain';
import {
  calendarSessions,
  listServiceDirectory as listServiceDirectoryRows,
  loadServiceCalendars,
  serviceKeyOf,
  type Db,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { presentServiceItem } from './service-presenter';

/** How far ahead the directory looks for a service's next free slot. */
export const nextFreeSlotHorizonDays = 28;

/**
 * One page of a GST's directory of services, each with its entry, beds, weekly sessions and next free slot.
 * @throws AppError not_found when the actor does not work in the GST.
 */
export async function listServiceDirectory(
  db: Db,
  context: RequestContext,
  query: ListServiceDirectoryQuery,
  now: Date = new Date(),
): Promise<ServiceDirectoryPage> {
  authorize({ visible: canViewServiceDirectory(context.actor, query.gstId), allowed: true, entity: 'GST' });
  const page = await listServiceDirectoryRows(db, query.gstId, query);
  const today = moroccoDay(now);
  const lastDay = addDays(today, nextFreeSlotHorizonDays - 1);
  const { calendars, holidays } = await loadServiceCalendars(
    db,
    query.gstId,
    page.items.map((item) => ({ establishmentId: item.establishment.id, specialtyCode: item.specialtyCode })),
    today,
    lastDay,
  );
  const items = page.items.map((item) => {
    const calendar = calendars.get(serviceKeyOf(item.establishment.id, item.specialtyCode));
    if (!calendar) {
      return presentServiceItem(item, 0, undefined);
    }
    const weekly = calendar.schedules.filter(
      (schedule) => schedule.validFrom <= today && (schedule.validTo === null || schedule.validTo >= today),
    ).length;
    const [next] = freeSlots(calendarSessions(calendar, holidays, today, lastDay), calendar.booked, {
      from: now,
      limit: 1,
    });
    return presentServiceItem(item, weekly, next);
  });
  return { items, total: page.total, page: query.page, pageSize: query.pageSize };
}
