import { sql } from 'drizzle-orm';
import type { OverdueReferral, ReferralStatus, ReferralTimer, ReferralUrgency } from '@tansiq/domain';
import type { Executor } from '../client';
import { asText, asTextOrNull, queryRows, toIso, toIsoOrNull } from '../lib/rows';
import { filterConditions, sideJoin, type IndicatorFilters } from './indicator-filters';

/** The timer a referral is waiting on in its status, with its due date (as the worklists' overdue condition). */
const runningTimer = sql`case when r.status = 'sent' then 'accept'
    when r.status in ('accepted', 'waitlisted') then 'appointment'
    when r.status = 'attended' then 'counter_referral' end`;
const runningDueAt = sql`case when r.status = 'sent' then r.accept_due_at
    when r.status in ('accepted', 'waitlisted') then r.appointment_due_at
    when r.status = 'attended' then r.counter_referral_due_at end`;

/**
 * One page of a selection's referrals whose running timer is past due now, longest overdue first, with both ends and
 * when the breach was escalated. Patients are never read.
 */
export async function listOverdueReferrals(
  executor: Executor,
  filters: IndicatorFilters,
  paging: { page: number; pageSize: number },
  now: Date,
): Promise<{ items: OverdueReferral[]; total: number }> {
  const where = sql.join(
    [...filterConditions('r', filters), sql`${runningDueAt} < ${now.toISOString()}::timestamptz`],
    sql` and `,
  );
  const rows = await queryRows(
    executor,
    sql`with overdue as (
        select r.gst_id, r.id, r.number, r.specialty_code, r.urgency, r.status, r.origin_establishment_id,
          r.destination_establishment_id, ${runningTimer} as timer, ${runningDueAt} as due_at,
          count(*) over () as total
        from referrals r ${sideJoin('r', filters, null)}
        where ${where}
        order by due_at, r.id
        limit ${paging.pageSize} offset ${(paging.page - 1) * paging.pageSize})
      select overdue.*, o.name_fr as o_name_fr, o.name_ar as o_name_ar, d.name_fr as d_name_fr,
        d.name_ar as d_name_ar, x.escalated_at
      from overdue
        join establishments o on o.gst_id = overdue.gst_id and o.id = overdue.origin_establishment_id
        join establishments d on d.gst_id = overdue.gst_id and d.id = overdue.destination_establishment_id
        left join referral_escalations x on x.gst_id = overdue.gst_id and x.referral_id = overdue.id
          and x.timer = overdue.timer
      order by overdue.due_at, overdue.id`,
  );
  const items = rows.map((row) => ({
    id: asText(row.id),
    number: asText(row.number),
    specialtyCode: asText(row.specialty_code),
    urgency: asText(row.urgency) as ReferralUrgency,
    status: asText(row.status) as ReferralStatus,
    origin: {
      id: asText(row.origin_establishment_id),
      nameFr: asText(row.o_name_fr),
      nameAr: asTextOrNull(row.o_name_ar),
    },
    destination: {
      id: asText(row.destination_establishment_id),
      nameFr: asText(row.d_name_fr),
      nameAr: asTextOrNull(row.d_name_ar),
    },
    timer: asText(row.timer) as ReferralTimer,
    dueAt: toIso(row.due_at as Date | string),
    escalatedAt: toIsoOrNull(row.escalated_at as Date | string | null),
  }));
  if (rows.length > 0 || paging.page === 1) {
    return { items, total: rows.length > 0 ? Number(rows[0]?.total) : 0 };
  }
  // A page past the last one: the total still tells the pager how many there are.
  const [count] = await queryRows(
    executor,
    sql`select count(*)::int as total from referrals r ${sideJoin('r', filters, null)} where ${where}`,
  );
  return { items, total: Number(count?.total ?? 0) };
}
