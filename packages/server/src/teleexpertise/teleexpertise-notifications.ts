import type { TeleexpertiseRecord } from '@tansiq/domain';
import type { Tx } from '@tansiq/db';
import type { OutboundMessage } from '../notifications/messenger';
import { notifyAudiences, sendNotification, type Audience, type NotifiedRecord } from '../notifications/notify';

/** The notifications a tele-expertise request's life sends, and to whom. */
export const teleexpertiseNotificationKinds = [
  'teleexpertise_received',
  'teleexpertise_answered',
  'teleexpertise_cancelled',
  'teleconsultation_booked',
  'teleconsultation_reported',
  'teleexpertise_overdue',
] as const;
export type TeleexpertiseNotificationKind = (typeof teleexpertiseNotificationKinds)[number];

const audiences: Record<Exclude<TeleexpertiseNotificationKind, 'teleexpertise_overdue'>, Audience[]> = {
  teleexpertise_received: [{ at: 'destination', roles: ['physician'] }],
  teleexpertise_answered: ['author'],
  teleexpertise_cancelled: [{ at: 'destination', roles: ['physician'] }],
  teleconsultation_booked: ['author', { at: 'destination', roles: ['physician'] }],
  teleconsultation_reported: ['author'],
};

const notified = (record: TeleexpertiseRecord): NotifiedRecord => ({
  gstId: record.gstId,
  id: record.id,
  number: record.number,
  entityType: 'teleexpertise',
  link: `/teleexpertise/${record.id}`,
  authorUserId: record.requesterUserId,
  originEstablishmentId: record.originEstablishmentId,
  destinationEstablishmentId: record.destinationEstablishmentId,
  params: { specialtyCode: record.specialtyCode },
});

/**
 * Writes the in-app notifications of a request's event in its transaction and returns the outbound messages to send
 * once it commits. The actor is never notified of their own action.
 */
export async function notifyTeleexpertise(
  tx: Tx,
  record: TeleexpertiseRecord,
  kind: Exclude<TeleexpertiseNotificationKind, 'teleexpertise_overdue'>,
  actorUserId: string | null,
): Promise<OutboundMessage[]> {
  return notifyAudiences(tx, notified(record), kind, audiences[kind], actorUserId);
}

/** Writes one notification kind about a request to the given users and returns the matching outbound messages. */
export const sendTeleexpertiseNotification = (
  tx: Tx,
  record: TeleexpertiseRecord,
  kind: TeleexpertiseNotificationKind,
  userIds: readonly string[],
  params: Record<string, unknown>,
): Promise<OutboundMessage[]> => sendNotification(tx, notified(record), kind, userIds, params);
