import type { ReferralRecord } from '@tansiq/domain';
import type { Tx } from '@tansiq/db';
import type { OutboundMessage } from './messenger';
import { audienceNotice, sendNotification, type Audience, type AudienceNotice, type NotifiedRecord } from './notify';

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

const audiences: Record<Exclude<ReferralNotificationKind, 'referral_overdue'>, Audience[]> = {
  referral_received: [{ at: 'destination', roles: ['physician'] }],
  referral_to_book: [{ at: 'destination', roles: ['secretary'] }],
  referral_accepted: ['author'],
  referral_declined: ['author'],
  referral_redirected: ['author', { at: 'destination', roles: ['physician'] }],
  referral_booked: ['author'],
  referral_no_show: ['author'],
  counter_referral_received: ['author', { at: 'origin', roles: ['physician'] }],
  referral_cancelled: [{ at: 'destination', roles: ['physician', 'secretary'] }],
};

const notified = (record: ReferralRecord): NotifiedRecord => ({
  gstId: record.gstId,
  id: record.id,
  number: record.number,
  entityType: 'referral',
  link: `/referrals/${record.id}`,
  authorUserId: record.senderUserId,
  originEstablishmentId: record.originEstablishmentId,
  destinationEstablishmentId: record.destinationEstablishmentId,
  params: { specialtyCode: record.specialtyCode, urgency: record.urgency },
});

/** The in-app notification of a referral event, to be written with the event (see `writeReferralStep`). */
export const referralNotice = (
  record: ReferralRecord,
  kind: Exclude<ReferralNotificationKind, 'referral_overdue'>,
  actorUserId: string | null,
): AudienceNotice => audienceNotice(notified(record), kind, audiences[kind], actorUserId);

/** Writes one notification kind about a referral to the given users and returns the matching outbound messages. */
export const sendReferralNotification = (
  tx: Tx,
  record: ReferralRecord,
  kind: ReferralNotificationKind,
  userIds: readonly string[],
  params: Record<string, unknown>,
): Promise<OutboundMessage[]> => sendNotification(tx, notified(record), kind, userIds, params);
