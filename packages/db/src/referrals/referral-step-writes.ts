import { sql } from 'drizzle-orm';
import type { AuditEventInput } from '@tansiq/domain';
import { auditEventInsert } from '../audit/audit-queries';
import type { Tx } from '../client';
import { asText, queryRows } from '../lib/rows';
import {
  audienceNotificationsInsert,
  type NotificationAudience,
  type NotificationContent,
} from '../notifications/notification-queries';
import { jsonRows, referralDetailSelect, toReferralDetail, type ReferralDetail } from './referral-listing-queries';
import { referralEventInsert, type ReferralEventInput } from './referral-writes';

/** What every step of a referral writes besides the referral itself: its event, its audit event, its notifications. */
export interface ReferralStepWrites {
  event: ReferralEventInput;
  audit: AuditEventInput;
  notifications: readonly { audience: NotificationAudience; content: NotificationContent }[];
}

/**
 * Writes a step's event, audit event and notifications and reads the referral back whole, in one statement of the
 * step's transaction (data-modifying CTEs; the new event is added to the history it reads, which the statement's own
 * snapshot cannot see yet). Returns the referral and, per notification, who received it.
 * @throws Error when the referral cannot be read back (the caller has just written it).
 */
export async function writeReferralStep(
  tx: Tx,
  gstId: string,
  referralId: string,
  writes: ReferralStepWrites,
): Promise<{ detail: ReferralDetail; recipients: string[][] }> {
  const notices = writes.notifications.map(
    ({ audience, content }, index) =>
      sql`, ${sql.raw(`step_notice_${index}`)} as (${audienceNotificationsInsert(gstId, audience, content)}
        returning user_id)`,
  );
  const recipients =
    notices.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(json_build_object('notice', n.notice, 'user_id', n.user_id)), '[]'::json) from (${sql.join(
          writes.notifications.map(
            (_, index) =>
              sql`select ${sql.raw(String(index))} as notice, user_id from ${sql.raw(`step_notice_${index}`)}`,
          ),
          sql` union all `,
        )}) n)`;
  const [row] = await queryRows(
    tx,
    sql`with step_event as (${referralEventInsert(gstId, referralId, writes.event)} returning *),
      step_audit as (${auditEventInsert(tx, writes.audit)})
      ${sql.join(notices, sql``)}
      ${referralDetailSelect(gstId, referralId, {
        events: sql`select se.sequence, se.action, se.from_status, se.to_status, se.actor_user_id, su.display_name,
            se.establishment_id, se.details, se.occurred_at
          from step_event se left join users su on su.id = se.actor_user_id`,
        columns: sql`${recipients} as recipients_json`,
      })}`,
  );
  if (!row) {
    throw new Error(`The referral ${referralId} cannot be read back after its step`);
  }
  const byNotice: string[][] = writes.notifications.map(() => []);
  for (const recipient of jsonRows(row.recipients_json)) {
    byNotice[Number(recipient.notice)]?.push(asText(recipient.user_id));
  }
  return { detail: toReferralDetail(row), recipients: byNotice };
}
