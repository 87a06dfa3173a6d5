import { z } from 'zod';
import {
  conflict,
  releasedShiftSchema,
  staffCountChangeSchema,
  mobilityRequestType,
  mobilitySubjectSchema,
  type MobilityImpact,
} from '@tansiq/domain';
import { insertAuditEvent, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { loadApprovalRequest } from '../approvals';
import type { RequestContext } from '../http/request-context';
import { computeMobilityImpact } from './mobility-impact';
import { loadMobilitySchedule } from './mobility-handler';

/** What an approved mobility's outcome holds (released shifts: none before they were recorded). */
const approvedMobilityOutcomeSchema = z.object({
  staffCounts: z.array(staffCountChangeSchema),
  releasedShifts: z.array(releasedShiftSchema).default([]),
});

/**
 * The impact of a mobility request, for its parties (staff data: audited).
 * @throws AppError not_found, conflict (not a mobility)
 */
export async function getMobilityImpact(db: Db, context: RequestContext, id: string): Promise<MobilityImpact> {
  return db.transaction(async (tx) => {
    const { stored } = await loadApprovalRequest(tx, context.actor, id);
    const { record } = stored;
    if (record.type !== mobilityRequestType.type) {
      throw conflict('This request is not a mobility');
    }
    const subject = mobilitySubjectSchema.parse(record.subject);
    const schedule = await loadMobilitySchedule(tx, record.gstId, subject.staffMemberId);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'mobility.impact.read',
        entityType: 'staff_member',
        entityId: subject.staffMemberId,
        gstId: record.gstId,
        purpose: 'mobility',
        details: { requestId: id },
      }),
    );
    const recorded = approvedMobilityOutcomeSchema.safeParse(stored.outcome);
    const approvedOutcome = record.status === 'approved' && recorded.success ? recorded.data : null;
    return computeMobilityImpact(tx, schedule, subject, id, approvedOutcome);
  });
}
