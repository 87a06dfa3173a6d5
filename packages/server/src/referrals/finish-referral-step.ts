import type { AuditEventInput, Referral, ReferralRecord } from '@tansiq/domain';
import { writeReferralStep, type ReferralEventInput, type Tx } from '@tansiq/db';
import type { OutboundMessage } from '../notifications/messenger';
import { referralNotice, type ReferralNotificationKind } from '../notifications/referral-notifications';
import type { ReferralAccess } from './referral-access';
import { presentReferralDetail } from './read-referral';

/** What a step of a referral writes once the referral itself is written. */
export interface ReferralStepRecord {
  /** The referral as the step left it (its notifications are about this state). */
  record: ReferralRecord;
  event: ReferralEventInput;
  audit: AuditEventInput;
  notifications: readonly Exclude<ReferralNotificationKind, 'referral_overdue'>[];
}

/**
 * Ends a step of a referral's loop in its transaction: writes the step's event, audit event and notifications and
 * reads the referral back for the actor, in one round trip; the notifications' outbound messages go to the outbox.
 */
export async function finishReferralStep(
  tx: Tx,
  actorUserId: string,
  step: ReferralStepRecord,
  access: Pick<ReferralAccess, 'roles' | 'clinical'>,
  outbox: OutboundMessage[],
): Promise<Referral> {
  const notices = step.notifications.map((kind) => referralNotice(step.record, kind, actorUserId));
  const { detail, recipients } = await writeReferralStep(tx, step.record.gstId, step.record.id, {
    event: step.event,
    audit: step.audit,
    notifications: notices.map((notice) => notice.write),
  });
  notices.forEach((notice, index) => outbox.push(...notice.messages(recipients[index] ?? [])));
  return presentReferralDetail(detail, access);
}
