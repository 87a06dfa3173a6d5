import type { Referral, ReferralAction } from '@tansiq/domain';
import type { Db } from '@tansiq/db';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { authorizeReferralStep } from './authorize-referral-step';
import { finishReferralStep, loopStep } from './finish-referral-step';
import { loadReferralAccess } from './referral-access';
import { transitionEffects, type TransitionInput } from './referral-transition-effects';

/**
 * Takes one step of a referral's loop (every action but booking): the state machine decides (403 for a role that may
 * never take it, 409 with the current status and the allowed actions otherwise), the version guards against a
 * concurrent step (two physicians accepting at once: one wins, the other gets 409). The step, its event, its audit
 * event and its notifications are written with the read-back in one statement, atomic on its own; a step that also
 * writes other records (the appointment, the timeline, the act) runs them and that statement in one transaction.
 * @throws AppError not_found, forbidden, conflict, unprocessable (redirect destination), validation_failed.
 */
export async function moveReferral(
  db: Db,
  context: RequestContext,
  id: string,
  input: TransitionInput & { version: number },
  outbox: OutboundMessage[],
): Promise<Referral> {
  const access = await loadReferralAccess(db, context.actor, id);
  const { record, roles, clinical } = access;
  const action: ReferralAction = input.action;
  const to = authorizeReferralStep(access, action, input.version);
  const now = new Date();
  const effects = await transitionEffects(
    db,
    record,
    access.settings,
    input,
    { userId: context.actor.userId, displayName: context.actor.displayName },
    now,
  );
  const step = loopStep(context, record, {
    action,
    to,
    changes: effects.changes,
    fromDestination: roles.some((role) => role.party === 'destination') && action !== 'cancel' && action !== 'send',
    details: effects.details,
    notifications: effects.notifications,
    now,
  });
  const { sideWrites } = effects;
  if (!sideWrites) {
    return finishReferralStep(db, context.actor.userId, step, { roles, clinical }, outbox);
  }
  return db.transaction(async (tx) => {
    await sideWrites(tx);
    return finishReferralStep(tx, context.actor.userId, step, { roles, clinical }, outbox);
  });
}
