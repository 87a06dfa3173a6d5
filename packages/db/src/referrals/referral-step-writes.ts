import { sql, type SQL } from 'drizzle-orm';
import type { AuditEventInput } from '@tansiq/domain';
import { auditEventInsertWhen } from '../audit/audit-queries';
import type { Executor } from '../client';
import { asText, jsonColumn, queryRows } from '../lib/rows';
import {
  audienceNotificationsInsert,
  type NotificationAudience,
  type NotificationContent,
} from '../notifications/notification-queries';
import { referralDetailSelect, toReferralDetail, type ReferralDetail } from './referral-listing-queries';
import { referralEventInsert, referralUpdate, type ReferralEventInput, type ReferralUpdate } from './referral-writes';

/** What a step of a referral writes: its versioned change (none at creation), event, audit event and notifications. */
export interface ReferralStepWrites {
  update: ReferralUpdate | null;
  event: ReferralEventInput;
  audit: AuditEventInput;
  notifications: readonly { audience: NotificationAudience; content: NotificationContent }[];
}

const noticeName = (index: number): SQL => sql.raw(`step_notice_${index}`);

/**
 * Writes a step of a referral and reads the referral back whole, in one statement (data-modifying CTEs): the
 * versioned update, the event, the audit event and the notifications, each written only if the update took place.
 * The read-back takes the referral from the update and adds the new event to the history, which the statement's own
 * snapshot cannot see. One statement is atomic on its own, so a step without other writes needs no transaction.
 * Returns undefined when the referral was no longer at the expected version (nothing is written: the caller answers
 * 409); otherwise the referral and, per notification, who received it.
 */
export async function writeReferralStep(
  executor: Executor,
  gstId: string,
  referralId: string,
  writes: ReferralStepWrites,
): Promise<{ detail: ReferralDetail; recipients: string[][] } | undefined> {
  const updated = writes.update ? sql`exists (select 1 from step_update)` : sql`true`;
  const notices = writes.notifications.map(
    ({ audience, content }, index) =>
      sql`, ${noticeName(index)} as (${audienceNotificationsInsert(gstId, audience, content, updated)} returning user_id)`,
  );
  const recipients =
    notices.length === 0
      ? sql`'[]'::json`
      : sql`(select coalesce(json_agg(json_build_object('notice', n.notice, 'user_id', n.user_id)), '[]'::json) from (${sql.join(
          writes.notifications.map(
            (_, index) => sql`select ${sql.raw(String(index))} as notice, user_id from ${noticeName(index)}`,
          ),
          sql` union all `,
        )}) n)`;
  const [row] = await queryRows(
    executor,
    sql`with ${writes.update ? sql`step_update as (${referralUpdate(gstId, referralId, writes.update)} returning *),` : sql``}
      step_event as (${referralEventInsert(gstId, referralId, writes.event, updated)} returning *),
      step_audit as (${auditEventInsertWhen(writes.audit, updated)})
      ${sql.join(notices, sql``)}
      ${referralDetailSelect(gstId, referralId, {
        events: sql`select se.sequence, se.action, se.from_status, se.to_status, se.actor_user_id, su.display_name,
            se.establishment_id, se.details, se.occurred_at
          from step_event se left join users su on su.id = se.actor_user_id`,
        columns: sql`${recipients} as recipients_json`,
        ...(writes.update ? { source: sql`step_update` } : {}),
      })}`,
  );
  if (!row) {
    return undefined;
  }
  const byNotice: string[][] = writes.notifications.map(() => []);
  for (const recipient of jsonColumn<{ notice: number; user_id: string }[]>(row.recipients_json, [])) {
    byNotice[Number(recipient.notice)]?.push(asText(recipient.user_id));
  }
  return { detail: toReferralDetail(row), recipients: byNotice };
}
