import {
  todayInMorocco,
  unprocessable,
  type EditReferralInput,
  type Referral,
  type ReferralChanges,
} from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { authorizeReferralStep } from './authorize-referral-step';
import { checkReferralDestination } from './check-referral-destination';
import { loadReferralAccess } from './referral-access';
import { finishReferralStep } from './finish-referral-step';

/**
 * Changes a draft referral (its sender, before sending): urgency, destination, reason, summary, justification. A new
 * destination is checked as at creation and its pathway rank taken again; off the pathway, a justification is needed.
 * @throws AppError not_found, forbidden, conflict (not a draft, stale version), unprocessable (destination,
 * justification).
 */
export async function editReferral(
  db: Db,
  context: RequestContext,
  id: string,
  input: EditReferralInput,
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const access = await loadReferralAccess(tx, context.actor, id);
    const { record, roles, clinical } = access;
    authorizeReferralStep(access, 'edit', input.version);
    const fields: ReferralChanges = {
      ...(input.urgency ? { urgency: input.urgency } : {}),
      ...(input.reason ? { reason: input.reason } : {}),
      ...(input.clinicalSummary ? { clinicalSummary: input.clinicalSummary } : {}),
      ...(input.destinationEstablishmentId ? { destinationEstablishmentId: input.destinationEstablishmentId } : {}),
    };
    const changes: ReferralChanges = { ...fields };
    const destinationId = input.destinationEstablishmentId ?? record.destinationEstablishmentId;
    if (destinationId !== record.destinationEstablishmentId) {
      const checked = await checkReferralDestination(tx, record, destinationId, todayInMorocco());
      Object.assign(changes, {
        pathwayMapId: checked.pathway?.mapId ?? null,
        pathwayRank: checked.pathway?.rank ?? null,
        returnEstablishmentId: checked.pathway?.returnEstablishmentId ?? record.originEstablishmentId,
      });
    }
    const rank = changes.pathwayRank === undefined ? record.pathwayRank : changes.pathwayRank;
    const justification =
      input.offPathwayJustification === undefined ? record.offPathwayJustification : input.offPathwayJustification;
    if (rank === null && !justification) {
      throw unprocessable('This destination is not in the pathway: write why you refer there', [
        { path: ['offPathwayJustification'], message: 'A justification is required outside the pathway' },
      ]);
    }
    changes.offPathwayJustification = rank === null ? justification : null;
    const changed = [
      ...Object.keys(fields),
      ...(input.offPathwayJustification === undefined ? [] : ['offPathwayJustification']),
    ];
    return finishReferralStep(
      tx,
      context.actor.userId,
      {
        record,
        update: { expectedVersion: record.version, changes },
        event: {
          action: 'edit',
          fromStatus: record.status,
          toStatus: record.status,
          actorUserId: context.actor.userId,
          establishmentId: record.originEstablishmentId,
          details: { changed },
        },
        audit: auditEventFor(context, {
          action: 'referral.edit',
          entityType: 'referral',
          entityId: record.id,
          gstId: record.gstId,
          patientId: record.patientId,
          purpose: 'referral',
          details: { changed },
        }),
        notifications: [],
      },
      { roles, clinical },
      [],
    );
  });
}
