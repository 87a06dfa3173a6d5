// The statements metric of `npm run bench:hr`: the pay-per-act statements of all staff of the region for a month,
// through the real path (the use case behind `POST /api/incentive-statements/compute`: rules in force, one set-based
// read per kind of activity, the pure computation per person, bulk unnest writes, one transaction, audit). The HR
// world has no per-person activity, so this section adds a realistic month: accounts for the clinical staff, 4–8
// published garde or astreinte shifts per clinician, tele-expertise answers, teleconsultations and counter-referrals
// by doctors, and a few consultations each.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Actor } from '@tansiq/domain';
import { insertIncentiveRuleSet, queryRows, type Db } from '@tansiq/db';
import { demoIncentiveRuleSet } from '../packages/server/src/demo/demo-incentive-rules';
import { computeIncentiveStatements } from '../packages/server/src/incentives/incentive-statement-use-cases';
import type { HrMetrics } from './hr-metrics';

const clinicalCadres = `('general_practitioner', 'specialist', 'polyvalent_nurse', 'specialised_nurse', 'midwife')`;

async function writeMonthActivity(db: Db, gstId: string, month: string): Promise<void> {
  const start = `${month}-01`;
  await db.execute(sql`insert into users (id, username, display_name, password_hash, home_gst_id)
    select gen_random_uuid(), 'bench.' || m.staff_number, 'Bench ' || m.staff_number, 'bench-no-login', ${gstId}::uuid
    from staff_members m where m.gst_id = ${gstId} and m.staff_number like 'BENCH-S-%' and m.cadre in ${sql.raw(clinicalCadres)}`);
  await db.execute(sql`update staff_members m set user_id = u.id from users u
    where m.gst_id = ${gstId} and u.username = 'bench.' || m.staff_number`);
  // One garde line per establishment with hospital staff, one astreinte line per establishment for the others.
  await db.execute(sql`insert into roster_lines (gst_id, id, name, kind, establishment_ids, shift_pattern)
    select ${gstId}::uuid, gen_random_uuid(), 'Bench ' || e.code, case when e.type in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2')
      then 'astreinte' else 'garde' end, array[e.id], '{}'::jsonb
    from establishments e where e.gst_id = ${gstId} and e.code like 'HR%'`);
  const rosterId = randomUUID();
  await db.execute(sql`insert into rosters (gst_id, id, month, line_ids, line_key, status, published_at)
    select ${gstId}::uuid, ${rosterId}::uuid, ${month}, array_agg(id), 'bench-' || ${month}, 'published', now()
    from roster_lines where gst_id = ${gstId} and name like 'Bench %'`);
  await db.execute(sql`with clinicians as (
      select m.id, row_number() over (order by m.staff_number) as n, a.establishment_id
      from staff_members m join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id
        and a.kind = 'primary'
      where m.gst_id = ${gstId} and m.user_id is not null and m.staff_number like 'BENCH-S-%'),
    shifts as (select c.*, k, ${start}::date + ((c.n * 7 + k * 5) % 28)::int as day
      from clinicians c, generate_series(1, 8) as k where k <= 4 + c.n % 5)
    insert into roster_shifts (gst_id, roster_id, shift_id, line_id, day, day_type, starts_at, ends_at, staff_member_id)
    select ${gstId}::uuid, ${rosterId}::uuid, 's' || s.n || '-' || s.k, l.id, s.day,
      case when extract(isodow from s.day) >= 6 then 'weekend' else 'weekday' end,
      s.day + time '20:00', s.day + time '20:00' + interval '12 hours', s.id
    from shifts s join roster_lines l on l.gst_id = ${gstId} and l.establishment_ids[1] = s.establishment_id
      and l.name like 'Bench %'`);
  await db.execute(sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code,
      source_type, source_id, performed_at)
    select ${gstId}::uuid, gen_random_uuid(), acts.act_kind, m.user_id, a.establishment_id, 'cardiology', 'bench', gen_random_uuid(),
      ${start}::timestamptz + ((k * 3 + length(m.staff_number)) || ' days')::interval + interval '10 hours'
    from staff_members m join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary',
      unnest(array['teleexpertise_answer', 'teleexpertise_answer', 'teleexpertise_answer', 'teleconsultation',
        'counter_referral']) with ordinality as acts(act_kind, k)
    where m.gst_id = ${gstId} and m.user_id is not null and m.cadre in ('general_practitioner', 'specialist')`);
  await db.execute(sql`with people as (select id, row_number() over () as n from patients
      where gst_id = ${gstId} and regional_id like 'BENCH-P-%' limit 1000)
    insert into encounters (gst_id, id, patient_id, establishment_id, kind, started_at, recorded_by)
    select ${gstId}::uuid, gen_random_uuid(), p.id, a.establishment_id, 'consultation',
      ${start}::timestamptz + ((k * 6) || ' days')::interval + interval '9 hours', m.user_id
    from staff_members m join staff_assignments a on a.gst_id = m.gst_id and a.staff_member_id = m.id and a.kind = 'primary',
      generate_series(1, 4) as k, people p
    where m.gst_id = ${gstId} and m.user_id is not null and p.n = 1 + (k * 97 + length(m.id::text)) % 1000`);
  // Fresh statistics after the bulk load, as autovacuum keeps them on a live server (PGlite runs no autovacuum).
  await db.execute(sql`analyze staff_members, staff_assignments, users, rosters, roster_lines, roster_shifts, care_acts,
    encounters, establishments`);
}

/** Computes the month twice (fresh, then replacing every computed statement); reports both and what was written. */
export async function benchStatements(db: Db, gstId: string, year: number): Promise<HrMetrics> {
  const month = `${year}-03`;
  await writeMonthActivity(db, gstId, month);
  await insertIncentiveRuleSet(db, gstId, {
    id: randomUUID(),
    ruleSet: { ...demoIncentiveRuleSet(), effectiveMonth: `${year}-01` },
    createdBy: null,
  });
  const actor: Actor = {
    userId: '00000000-0000-4000-8000-000000000001',
    username: 'bench',
    displayName: 'Bench',
    assignments: [{ role: 'hr_officer', scopeLevel: 'gst', gstId, provinceCode: null, establishmentId: null }],
  };
  const context = { actor, requestId: 'bench', ip: null };
  const timed = async () => {
    const started = performance.now();
    const result = await computeIncentiveStatements(db, context, { gstId, month });
    return { ms: performance.now() - started, result };
  };
  const first = await timed();
  const again = await timed();
  const [counts] = await queryRows(
    db,
    sql`select (select count(*) from staff_members where gst_id = ${gstId})::int as staff,
      (select count(*) from incentive_statement_items where gst_id = ${gstId})::int as items`,
  );
  return {
    statements_all_staff_month: { value: Math.max(first.ms, again.ms), unit: 'ms', target: 10_000 },
    statements_first_compute: { value: first.ms, unit: 'ms' },
    statements_recompute: { value: again.ms, unit: 'ms' },
    statements_staff: { value: Number(counts?.staff ?? 0), unit: 'staff in the region' },
    statements_written: { value: again.result.computed, unit: 'statements' },
    statements_paid_activities: { value: Number(counts?.items ?? 0), unit: 'acts and shifts' },
    statements_total: { value: again.result.totalCentimes / 100, unit: 'MAD' },
  };
}
