import { todayInMorocco, type ReferralRecord, type Role } from '@tansiq/domain';
import { insertNotifications, listUserIdsWithRoleAt, type Tx } from '@tansiq/db';
import type { OutboundMessage } from './messenger';

/** The notifications a referral's life sends, and to whom. */
export const referralNotificationKinds = [
  'referral_received',
  'referral_to_book',
  'referral_accepted',
  'referral_declined',
  'referral_redirected',
  'referral_booked',
  'referral_no_show',
  'counter_referral_received',
  'referral_cancelled',
  'referral_overdue',
] as const;
export type ReferralNotificationKind = (typeof referralNotificationKinds)[number];

type Audience = { at: 'origin' | 'destination'; roles: readonly Role[] } | 'sender';

const audiences: Record<Exclude<ReferralNotificationKind, 'referral_overdue'>, Audience[]> = {
  referral_received: [{ at: 'destination', roles: ['physician'] }],
  referral_to_book: [{ at: 'destination', roles: ['secretary'] }],
  referral_accepted: ['sender'],
  referral_declined: ['sender'],
  referral_redirected: ['sender', { at: 'destination', roles: ['physician'] }],
  referral_booked: ['sender'],
  referral_no_show: ['sender'],
  counter_referral_received: ['sender', { at: 'origin', roles: ['physician'] }],
  referral_cancelled: [{ at: 'destination', roles: ['physician', 'secretary'] }],
};

/**
 * Writes the in-app notifications of a referral event, in the event's transaction, and returns the outbound messages
 * to send once it commits. The actor is never notified of their own action.
 */
export async function notifyReferral(
  tx: Tx,
  record: ReferralRecord,
  kind: Exclude<ReferralNotificationKind, 'referral_overdue'>,
  actorUserId: string | null,
): Promise<OutboundMessage[]> {
  const day = todayInMorocco();
  const recipients = new Set<string>();
  for (const audience of audiences[kind]) {
    if (audience === 'sender') {
      recipients.add(record.senderUserId);
      continue;
    }
    const establishmentId = audience.at === 'origin' ? record.originEstablishmentId : record.destinationEstablishmentId;
    for (const userId of await listUserIdsWithRoleAt(
      tx,
      { gstId: record.gstId, establishmentId },
      audience.roles,
      day,
    )) {
      recipients.add(userId);
    }
  }
  if (actorUserId) {
    recipients.delete(actorUserId);
  }
  return sendReferralNotification(tx, record, kind, [...recipients], {});
}

/** Writes one notification kind about a referral to the given users and returns the matching outbound messages. */
export async function sendReferralNotification(
  tx: Tx,
  record: ReferralRecord,
  kind: ReferralNotificationKind,
  userIds: readonly string[],
  params: Record<string, unknown>,
): Promise<OutboundMessage[]> {
  await insertNotifications(tx, record.gstId, userIds, {
    kind,
    entityType: 'referral',
    entityId: record.id,
    params: { number: record.number, specialtyCode: record.specialtyCode, urgency: record.urgency, ...params },
  });
  return [...new Set(userIds)].map((userId) => ({
    userId,
    kind,
    reference: record.number,
    link: `/referrals/${record.id}`,
  }));
}
