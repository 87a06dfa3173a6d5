import { addDays, moroccoDay, type ServiceDetail } from '@tansiq/domain';
import {
  listServiceClosures,
  listServiceSchedules,
  loadServiceCalendars,
  serviceKeyOf,
  sessionsWithBookings,
  type Executor,
} from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { loadVisibleService } from './load-service';
import { presentUpcomingSession } from './service-presenter';

/** The service page looks four weeks ahead. */
export const upcomingSessionDays = 28;

/**
 * A service of the directory with its entry, beds, schedules, current closures and the sessions of the next four
 * weeks with their bookings.
 * @throws AppError not_found when the service does not exist or lies outside the actor's GSTs.
 */
export async function getServiceDetail(
  executor: Executor,
  context: RequestContext,
  establishmentId: string,
  specialtyCode: string,
  now: Date = new Date(),
): Promise<ServiceDetail> {
  const service = await loadVisibleService(executor, context.actor, establishmentId, specialtyCode);
  const key = { gstId: service.entry.gstId, establishmentId, specialtyCode };
  const today = moroccoDay(now);
  const schedules = await listServiceSchedules(executor, key);
  const closures = await listServiceClosures(executor, key, today);
  const { calendars, holidays } = await loadServiceCalendars(
    executor,
    key.gstId,
    [key],
    today,
    addDays(today, upcomingSessionDays - 1),
  );
  const calendar = calendars.get(serviceKeyOf(establishmentId, specialtyCode));
  const sessions = calendar ? sessionsWithBookings(calendar, holidays, today, upcomingSessionDays) : [];
  return {
    establishment: service.establishment,
    specialtyCode,
    registryBeds: service.registryBeds,
    entry: service.entry,
    beds: service.beds,
    schedules,
    closures,
    upcomingSessions: sessions.map(presentUpcomingSession),
  };
}
