import { todayInMorocco, type Role } from '@tansiq/domain';
import {
  insertAudienceNotifications,
  insertNotifications,
  type NotificationAudience,
  type NotificationContent,
  type Tx,
} from '@tansiq/db';
import type { OutboundMessage } from './messenger';

/** Who a notification goes to: the record's author, or the holders of some roles at one of its two ends. */
export type Audience = 'author' | { at: 'origin' | 'destination'; roles: readonly Role[] };

/** A record that moves between two establishments (a referral, a tele-expertise request), as notifications see it. */
export interface NotifiedRecord {
  gstId: string;
  id: string;
  number: string;
  entityType: string;
  /** The page the notification leads to. */
  link: string;
  authorUserId: string;
  originEstablishmentId: string;
  destinationEstablishmentId: string;
  params: Record<string, unknown>;
}

/** A notification to audiences, ready to be written, and the outbound messages of its recipients once they are known. */
export interface AudienceNotice {
  write: { audience: NotificationAudience; content: NotificationContent };
  messages(recipients: readonly string[]): OutboundMessage[];
}

/**
 * One notification kind about a record to its audiences (the author, role holders at either end), the actor left out
 * (nobody is notified of their own action): what to write, and the messages to send once the transaction commits.
 */
export function audienceNotice(
  record: NotifiedRecord,
  kind: string,
  audiences: readonly Audience[],
  actorUserId: string | null,
): AudienceNotice {
  return {
    write: {
      audience: {
        userIds: audiences.includes('author') ? [record.authorUserId] : [],
        roleHolders: audiences.flatMap((audience) =>
          audience === 'author'
            ? []
            : [
                {
                  establishmentId:
                    audience.at === 'origin' ? record.originEstablishmentId : record.destinationEstablishmentId,
                  roles: audience.roles,
                },
              ],
        ),
        excludeUserId: actorUserId,
        day: todayInMorocco(),
      },
      content: {
        kind,
        entityType: record.entityType,
        entityId: record.id,
        params: { number: record.number, ...record.params },
      },
    },
    messages: (recipients) =>
      recipients.map((userId) => ({ userId, kind, reference: record.number, link: record.link })),
  };
}

/**
 * Writes one notification kind about a record to its audiences (see `audienceNotice`) in one round trip; returns the
 * outbound messages to send once the transaction commits.
 */
export async function notifyAudiences(
  tx: Tx,
  record: NotifiedRecord,
  kind: string,
  audiences: readonly Audience[],
  actorUserId: string | null,
): Promise<OutboundMessage[]> {
  const notice = audienceNotice(record, kind, audiences, actorUserId);
  return notice.messages(
    await insertAudienceNotifications(tx, record.gstId, notice.write.audience, notice.write.content),
  );
}

/**
 * Writes one notification kind about a record to the given users, in the caller's transaction, and returns the
 * outbound messages to send once it commits (a number and a link, never patient data).
 */
export async function sendNotification(
  tx: Tx,
  record: NotifiedRecord,
  kind: string,
  userIds: readonly string[],
  params: Record<string, unknown>,
): Promise<OutboundMessage[]> {
  const recipients = [...new Set(userIds)];
  await insertNotifications(tx, record.gstId, recipients, {
    kind,
    entityType: record.entityType,
    entityId: record.id,
    params: { number: record.number, ...record.params, ...params },
  });
  return recipients.map((userId) => ({ userId, kind, reference: record.number, link: record.link }));
}
