import { conflict, type AuditEventInput, type Referral, type ReferralRecord } from '@tansiq/domain';
import { writeReferralStep, type Executor, type ReferralEventInput, type ReferralUpdate } from '@tansiq/db';
import type { OutboundMessage } from '../notifications/messenger';
import { referralNotice, type ReferralNotificationKind } from '../notifications/referral-notifications';
import type { ReferralAccess } from './referral-access';
import { presentReferralDetail } from './read-referral';

/** What a step of a referral writes. */
export interface ReferralStepRecord {
  /** The referral as the step leaves it (its notifications are about this state). */
  record: ReferralRecord;
  /** The versioned change of the referral; null when the referral was just inserted. */
  update: ReferralUpdate | null;
  event: ReferralEventInput;
  audit: AuditEventInput;
  notifications: readonly Exclude<ReferralNotificationKind, 'referral_overdue'>[];
}

/**
 * Writes a step of a referral's loop (its versioned change, event, audit event and notifications) and reads the
 * referral back for the actor, in one statement: on the database for a step with no other writes, or inside the
 * step's transaction. The notifications' outbound messages go to the outbox.
 * @throws AppError conflict when another user moved the referral first (nothing is written).
 */
export async function finishReferralStep(
  executor: Executor,
  actorUserId: string,
  step: ReferralStepRecord,
  access: Pick<ReferralAccess, 'roles' | 'clinical'>,
  outbox: OutboundMessage[],
): Promise<Referral> {
  const notices = step.notifications.map((kind) => referralNotice(step.record, kind, actorUserId));
  const written = await writeReferralStep(executor, step.record.gstId, step.record.id, {
    update: step.update,
    event: step.event,
    audit: step.audit,
    notifications: notices.map((notice) => notice.write),
  });
  if (!written) {
    throw conflict('Another user moved this referral first; reload it', [], {
      version: step.update?.expectedVersion ?? step.record.version,
    });
  }
  notices.forEach((notice, index) => outbox.push(...notice.messages(written.recipients[index] ?? [])));
  return presentReferralDetail(written.detail, access);
}
