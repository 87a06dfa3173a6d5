import { authorize, canUpdateBeds, type BedAvailability, type UpdateBedsInput } from '@tansiq/domain';
import { findService, insertAuditEvent, writeBedAvailability, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadVisibleService } from './load-service';

/**
 * Sets the beds a service has available now (its administrators, physicians and nurses), with the time of the update.
 * @throws AppError not_found (no such service, out of scope), forbidden.
 */
export async function updateBeds(
  db: Db,
  context: RequestContext,
  establishmentId: string,
  specialtyCode: string,
  input: UpdateBedsInput,
): Promise<BedAvailability> {
  return db.transaction(async (tx) => {
    const service = await loadVisibleService(tx, context.actor, establishmentId, specialtyCode);
    const key = { gstId: service.entry.gstId, establishmentId, specialtyCode };
    authorize({ visible: true, allowed: canUpdateBeds(context.actor, key), entity: 'service', gstId: key.gstId });
    await writeBedAvailability(tx, key, input.bedsAvailable, context.actor.userId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'service_beds.update',
        entityType: 'service',
        entityId: `${establishmentId}/${specialtyCode}`,
        gstId: key.gstId,
        details: {
          establishmentId,
          specialtyCode,
          before: service.beds?.bedsAvailable ?? null,
          after: input.bedsAvailable,
        },
      }),
    );
    const beds = (await findService(tx, key.gstId, establishmentId, specialtyCode))?.beds;
    if (!beds) {
      throw new Error('The beds just written cannot be read back');
    }
    return beds;
  });
}
