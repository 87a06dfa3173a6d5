import {
  authorize,
  canViewSlotShortages,
  canViewServiceDirectory,
  moroccoDay,
  slotShortageScope,
  type ConsultationSlotView,
  type FreeSlotsQuery,
  type SlotShortage,
  type SlotShortageQuery,
} from '@tansiq/domain';
import { listFreeSlots, listSlotShortages, type Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import { loadVisibleService } from './load-service';
import { presentSlot } from './service-presenter';

/** Without `to`, free slots are looked for over the next 8 weeks. */
const defaultFreeSlotWindowMs = 56 * 86_400_000;

/**
 * The free slots of a service (everyone in the GST: senders pick one when the service allows direct booking).
 * @throws AppError not_found when the service does not exist or lies outside the actor's GSTs.
 */
export async function getFreeSlots(
  db: Db,
  context: RequestContext,
  establishmentId: string,
  specialtyCode: string,
  query: FreeSlotsQuery,
  now: Date = new Date(),
): Promise<ConsultationSlotView[]> {
  const service = await loadVisibleService(db, context.actor, establishmentId, specialtyCode);
  const from = query.from ? new Date(query.from) : now;
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + defaultFreeSlotWindowMs);
  const slots = await listFreeSlots(db, service.entry.gstId, {
    establishmentId,
    specialtyCode,
    from,
    to,
    ...(query.mode ? { mode: query.mode } : {}),
    limit: query.limit,
  });
  return slots.map(presentSlot);
}

/**
 * The slot shortage worklist of a GST: all its services for GST staff, an establishment's for its administrators.
 * @throws AppError not_found (not in the GST), forbidden (no worklist).
 */
export async function getSlotShortages(
  db: Db,
  context: RequestContext,
  query: SlotShortageQuery,
  now: Date = new Date(),
): Promise<SlotShortage[]> {
  authorize({
    visible: canViewServiceDirectory(context.actor, query.gstId),
    allowed: canViewSlotShortages(context.actor, query.gstId),
    entity: 'GST',
    gstId: query.gstId,
  });
  const scope = slotShortageScope(context.actor, query.gstId);
  const shortages = await listSlotShortages(db, query.gstId, {
    today: moroccoDay(now),
    weeks: query.weeks,
    establishmentIds: scope === 'gst' ? 'all' : scope,
  });
  return shortages.map(({ establishment, specialtyCode, capacity, booked, pending, demand, shortage, weeks }) => ({
    establishment,
    specialtyCode,
    capacity,
    booked,
    pending,
    demand,
    shortage,
    weeks,
  }));
}
