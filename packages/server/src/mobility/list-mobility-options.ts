import { moroccoDay, type Actor, type MobilityOptions } from '@tansiq/domain';
import { insertAuditEvent, listMobilityStaffOptions, listOpenEstablishmentNames, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { canRequestMobility } from './mobility-access';

const homeGstOf = (actor: Actor): string | undefined =>
  actor.assignments.find((assignment) => assignment.gstId !== null)?.gstId ?? undefined;

/**
 * What the new mobility form offers the actor: the GST's open establishments, those the actor raises mobilities for,
 * and the staff they may raise one for (their own record always; the staff of `fromEstablishmentId` when they are its
 * admin or HR). Listing staff is a staff-data read: audited.
 */
export async function listMobilityOptions(
  db: Db,
  context: RequestContext,
  fromEstablishmentId: string | undefined,
): Promise<MobilityOptions> {
  const { actor } = context;
  const gstId = homeGstOf(actor);
  if (!gstId) {
    return { establishments: [], originIds: [], staff: [] };
  }
  const day = moroccoDay(new Date());
  return db.transaction(async (tx) => {
    const establishments = await listOpenEstablishmentNames(tx, gstId);
    const originIds = establishments
      .filter((e) => canRequestMobility(actor, { gstId, fromEstablishmentId: e.id, staffUserId: null }))
      .map((e) => e.id);
    const own = await listMobilityStaffOptions(tx, gstId, { userId: actor.userId }, day);
    const there =
      fromEstablishmentId !== undefined && originIds.includes(fromEstablishmentId)
        ? await listMobilityStaffOptions(tx, gstId, { establishmentId: fromEstablishmentId }, day)
        : [];
    const staff = [...own, ...there.filter((member) => !own.some((mine) => mine.id === member.id))];
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'mobility.staff.list',
        entityType: 'staff_member',
        gstId,
        purpose: 'mobility',
        details: { fromEstablishmentId: fromEstablishmentId ?? null, count: staff.length },
      }),
    );
    return { establishments, originIds, staff };
  });
}
