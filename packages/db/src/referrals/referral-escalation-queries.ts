import { sql } from 'drizzle-orm';
import type { ReferralRecord, ReferralTimer } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, queryRows, toIso } from '../lib/rows';
import { toReferralRecord } from './referral-rows';

/** A referral whose timer ran out, not yet escalated for that timer. */
export interface ReferralBreach {
  record: ReferralRecord;
  timer: ReferralTimer;
  dueAt: string;
}

/**
 * Breached timers not yet escalated, oldest first, across every GST (the sweeper's explicit system scope): accept
 * (still sent), appointment (accepted or waitlisted, not booked; an emergency not arrived) and counter-referral
 * (attended, no report).
 */
export async function listUnescalatedBreaches(executor: Executor, now: Date, limit: number): Promise<ReferralBreach[]> {
  const rows = await queryRows(
    executor,
    sql`with breaches as (
        select r.*, 'accept' as timer, r.accept_due_at as due_at from referrals r
          where r.status = 'sent' and r.accept_due_at < ${now.toISOString()}
        union all
        select r.*, 'appointment', r.appointment_due_at from referrals r
          where (r.status in ('accepted', 'waitlisted')) and r.appointment_due_at < ${now.toISOString()}
        union all
        select r.*, 'counter_referral', r.counter_referral_due_at from referrals r
          where r.status = 'attended' and r.counter_referral_due_at < ${now.toISOString()}
      )
      select b.* from breaches b
      where not exists (select 1 from referral_escalations e
        where e.gst_id = b.gst_id and e.referral_id = b.id and e.timer = b.timer)
      order by b.due_at limit ${limit}`,
  );
  return rows.map((row) => ({
    record: toReferralRecord(row),
    timer: asText(row.timer) as ReferralTimer,
    dueAt: toIso(row.due_at as Date),
  }));
}

/** Records that a breach was escalated; false when another sweeper got there first. */
export async function insertReferralEscalation(
  tx: Tx,
  breach: { gstId: string; referralId: string; timer: ReferralTimer; dueAt: string },
  escalatedAt: Date,
): Promise<boolean> {
  const rows = await queryRows(
    tx,
    sql`insert into referral_escalations (gst_id, referral_id, timer, due_at, escalated_at)
      values (${breach.gstId}, ${breach.referralId}, ${breach.timer}, ${breach.dueAt}, ${escalatedAt.toISOString()})
      on conflict do nothing returning referral_id`,
  );
  return rows.length === 1;
}
