import { randomUUID } from 'node:crypto';
import {
  BREAK_GLASS_DURATION_HOURS,
  authorize,
  breakGlassEstablishmentOf,
  canBreakGlass,
  canReadClinicalDetail,
  conflict,
  notFound,
  type BreakGlassAccess,
  type StartBreakGlassInput,
} from '@tansiq/domain';
import {
  findGoldenPatientId,
  findPatientById,
  findPatientReach,
  insertAuditEvent,
  insertBreakGlassAccess,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { worksInGst } from './break-glass-scope';

/**
 * Breaks the glass: a clinician of the patient's GST opens the record outside any care relationship, for 4 hours,
 * giving a reason. The access is stored on the golden record and audited at once; the DPO reviews it afterwards.
 * @throws AppError not_found (no such patient, or in a GST the actor does not work in: audited), forbidden (not a
 * clinician: audited), conflict (the actor already reads the record's clinical detail, or has a running access).
 */
export async function startBreakGlass(
  db: Db,
  context: RequestContext,
  patientId: string,
  input: StartBreakGlassInput,
): Promise<BreakGlassAccess> {
  const { actor } = context;
  return db.transaction(async (tx) => {
    const requested = await findPatientById(tx, patientId);
    if (!requested) {
      throw notFound('patient');
    }
    const gstId = requested.gstId;
    authorize({ visible: worksInGst(actor, gstId), allowed: canBreakGlass(actor, gstId), entity: 'patient', gstId });
    const goldenId = (await findGoldenPatientId(tx, gstId, patientId)) ?? patientId;
    const { careEstablishmentIds, breakGlass } = await findPatientReach(tx, gstId, goldenId, actor.userId);
    if (breakGlass) {
      throw conflict('You already have an exceptional access to this patient running');
    }
    const target = { gstId, careEstablishmentIds };
    if (canReadClinicalDetail(actor, target, false)) {
      throw conflict('You already have access to this patient through a care relationship');
    }
    const access = await insertBreakGlassAccess(
      tx,
      {
        gstId,
        id: randomUUID(),
        userId: actor.userId,
        patientId: goldenId,
        establishmentId: breakGlassEstablishmentOf(actor, gstId),
        reasonCode: input.reasonCode,
        reasonText: input.reasonText,
      },
      BREAK_GLASS_DURATION_HOURS,
    );
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.break_glass.start',
        entityType: 'break_glass_access',
        entityId: access.id,
        gstId,
        patientId: goldenId,
        purpose: 'break_glass',
        // The reason text stays in the access row, read by the DPO: free text may carry clinical detail.
        details: { reasonCode: input.reasonCode, expiresAt: access.expiresAt },
      }),
    );
    return access;
  });
}
