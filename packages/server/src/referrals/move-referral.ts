import { conflict, type Referral, type ReferralAction } from '@tansiq/domain';
import { updateReferral, type Db } from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { authorizeReferralStep } from './authorize-referral-step';
import { finishReferralStep } from './finish-referral-step';
import { loadReferralAccess } from './referral-access';
import { transitionEffects, type TransitionInput } from './referral-transition-effects';

/**
 * Takes one step of a referral's loop (every action but booking): the state machine decides (403 for a role that may
 * never take it, 409 with the current status and the allowed actions otherwise), the version guards against a
 * concurrent step (two physicians accepting at once: one wins, the other gets 409), and the step, its event, its audit
 * event and its notifications are written in one transaction
 * (the last three with the read-back in one statement).
 * @throws AppError not_found, forbidden, conflict, unprocessable (redirect destination), validation_failed.
 */
export async function moveReferral(
  db: Db,
  context: RequestContext,
  id: string,
  input: TransitionInput & { version: number },
  outbox: OutboundMessage[],
): Promise<Referral> {
  return db.transaction(async (tx) => {
    const access = await loadReferralAccess(tx, context.actor, id);
    const { record, roles, clinical } = access;
    const action: ReferralAction = input.action;
    const to = authorizeReferralStep(access, action, input.version);
    const now = new Date();
    const effects = await transitionEffects(
      tx,
      record,
      access.settings,
      input,
      { userId: context.actor.userId, displayName: context.actor.displayName },
      now,
    );
    const moved = await updateReferral(tx, record.gstId, record.id, record.version, {
      ...effects.changes,
      status: to,
    });
    if (!moved) {
      throw conflict('Another user moved this referral first; reload it', [], { version: record.version });
    }
    const actingEnd = roles.find((role) => role.party === 'destination') && action !== 'cancel' && action !== 'send';
    return finishReferralStep(
      tx,
      context.actor.userId,
      {
        record: { ...record, ...effects.changes, status: to },
        event: {
          action,
          fromStatus: record.status,
          toStatus: to,
          actorUserId: context.actor.userId,
          establishmentId: actingEnd ? record.destinationEstablishmentId : record.originEstablishmentId,
          details: effects.details,
          occurredAt: now.toISOString(),
        },
        audit: auditEventFor(context, {
          action: `referral.${action}`,
          entityType: 'referral',
          entityId: record.id,
          gstId: record.gstId,
          patientId: record.patientId,
          purpose: 'referral',
          details: { from: record.status, to: to, ...effects.details },
        }),
        notifications: effects.notifications,
      },
      { roles, clinical },
      outbox,
    );
  });
}
