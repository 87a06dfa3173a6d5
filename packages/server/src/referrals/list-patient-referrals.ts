import type { ReferralSummary } from '@tansiq/domain';
import { insertAuditEvent, listPatientReferralListings, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { loadPatientAccess } from '../patients/patient-access';
import { presentReferralSummary } from './referral-presenter';

/**
 * A patient's referrals (golden record and merged records), newest first, for whoever may open the patient: the
 * pathway panel of the patient page. Audited with the referrals shown.
 * @throws AppError not_found when the actor may not open the patient.
 */
export async function listPatientReferrals(
  db: Db,
  context: RequestContext,
  patientId: string,
): Promise<ReferralSummary[]> {
  return db.transaction(async (tx) => {
    const { gstId, recordIds, patient, access } = await loadPatientAccess(tx, context.actor, patientId);
    const listings = await listPatientReferralListings(tx, gstId, recordIds);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'patient.referrals.read',
        entityType: 'patient',
        entityId: patient.id,
        gstId,
        patientId: patient.id,
        purpose: access.basis,
        details: { referralIds: listings.map((listing) => listing.record.id) },
      }),
    );
    const now = new Date();
    return listings.map((listing) => presentReferralSummary(listing, now));
  });
}
