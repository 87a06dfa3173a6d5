import { todayInMorocco, type Role, type TeleexpertiseRecord } from '@tansiq/domain';
import { insertNotifications, listUserIdsWithRoleAt, type Tx } from '@tansiq/db';
import type { OutboundMessage } from '../notifications/messenger';

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

type Audience = { at: 'origin' | 'destination'; roles: readonly Role[] } | 'requester';

const audiences: Record<Exclude<TeleexpertiseNotificationKind, 'teleexpertise_overdue'>, Audience[]> = {
  teleexpertise_received: [{ at: 'destination', roles: ['physician'] }],
  teleexpertise_answered: ['requester'],
  teleexpertise_cancelled: [{ at: 'destination', roles: ['physician'] }],
  teleconsultation_booked: ['requester', { at: 'destination', roles: ['physician'] }],
  teleconsultation_reported: ['requester'],
};

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
  const day = todayInMorocco();
  const recipients = new Set<string>();
  for (const audience of audiences[kind]) {
    if (audience === 'requester') {
      recipients.add(record.requesterUserId);
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
  return sendTeleexpertiseNotification(tx, record, kind, [...recipients], {});
}

/** Writes one notification kind about a request to the given users and returns the matching outbound messages. */
export async function sendTeleexpertiseNotification(
  tx: Tx,
  record: TeleexpertiseRecord,
  kind: TeleexpertiseNotificationKind,
  userIds: readonly string[],
  params: Record<string, unknown>,
): Promise<OutboundMessage[]> {
  await insertNotifications(tx, record.gstId, userIds, {
    kind,
    entityType: 'teleexpertise',
    entityId: record.id,
    params: { number: record.number, specialtyCode: record.specialtyCode, ...params },
  });
  return [...new Set(userIds)].map((userId) => ({
    userId,
    kind,
    reference: record.number,
    link: `/teleexpertise/${record.id}`,
  }));
}
