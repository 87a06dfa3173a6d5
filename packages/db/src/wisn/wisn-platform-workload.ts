import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { queryRows } from '../lib/rows';
import type { WisnActivityPeriod, WisnWorkloadFigure } from './wisn-workload-queries';

/**
 * The activity codes the platform counts itself (docs/wisn-worked-example.md, "Workload from the platform"). A GST's
 * standards use these codes for the activities they want counted from the platform; every other code is entered.
 */
export const platformWisnActivityCodes = [
  'curative_consultation',
  'maternal_health_consultation',
  'specialist_consultation',
  'emergency_visit',
  'hospital_admission',
  'inpatient_day',
  'delivery',
  'attended_referral',
  'teleconsultation',
  'teleexpertise_answer',
  'counter_referral',
] as const;

// Morocco midnight at a fixed UTC+1, as the referral indicators: the embedded database may lack the time zone data.
const at = (day: string) => sql`${`${day}T00:00:00+01:00`}::timestamptz`;

/**
 * The platform's own annual workload per establishment and activity code in a period, from encounters (by kind and
 * specialty; deliveries are encounters coded ICD-10 O80–O84), referrals attended at their destination and care acts
 * (teleconsultations, tele-expertise answers, counter-referrals). Establishments with no activity are absent.
 */
export async function listPlatformWisnWorkload(
  executor: Executor,
  gstId: string,
  period: WisnActivityPeriod,
  establishmentId?: string,
): Promise<WisnWorkloadFigure[]> {
  const from = at(period.from);
  const to = at(period.to);
  const only = (column: string) =>
    establishmentId === undefined ? sql`` : sql`and ${sql.raw(column)} = ${establishmentId}`;
  const rows = await queryRows(
    executor,
    sql`with encounter_counts as (
        select establishment_id,
          count(*) filter (where kind = 'consultation'
            and coalesce(specialty_code, 'general_medicine') = 'general_medicine') as curative_consultation,
          count(*) filter (where kind = 'consultation' and specialty_code = 'maternal_health')
            as maternal_health_consultation,
          count(*) filter (where kind = 'consultation'
            and specialty_code not in ('general_medicine', 'maternal_health')) as specialist_consultation,
          count(*) filter (where kind = 'emergency') as emergency_visit,
          count(*) filter (where kind = 'hospital_stay') as hospital_admission,
          coalesce(sum(greatest(1, ceil(extract(epoch from (least(coalesce(ended_at, ${to}), ${to}) - started_at))
            / 86400))) filter (where kind = 'hospital_stay'), 0) as inpatient_day,
          count(*) filter (where icd10_code ~ '^O8[0-4]') as delivery
        from encounters
        where gst_id = ${gstId} and started_at >= ${from} and started_at < ${to} ${only('establishment_id')}
        group by establishment_id),
      encounter_figures as (
        select establishment_id, figure.activity_code, figure.annual_workload
        from encounter_counts, lateral (values
          ('curative_consultation', curative_consultation::numeric),
          ('maternal_health_consultation', maternal_health_consultation::numeric),
          ('specialist_consultation', specialist_consultation::numeric),
          ('emergency_visit', emergency_visit::numeric),
          ('hospital_admission', hospital_admission::numeric),
          ('inpatient_day', inpatient_day::numeric),
          ('delivery', delivery::numeric)) as figure(activity_code, annual_workload)),
      referral_figures as (
        select destination_establishment_id as establishment_id, 'attended_referral' as activity_code,
          count(*)::numeric as annual_workload
        from referrals
        where gst_id = ${gstId} and attended_at >= ${from} and attended_at < ${to}
          ${only('destination_establishment_id')}
        group by destination_establishment_id),
      act_figures as (
        select establishment_id, kind as activity_code, count(*)::numeric as annual_workload
        from care_acts
        where gst_id = ${gstId} and performed_at >= ${from} and performed_at < ${to} ${only('establishment_id')}
        group by establishment_id, kind)
      select establishment_id, activity_code, annual_workload from (
        select * from encounter_figures union all select * from referral_figures union all select * from act_figures
      ) as figures
      where annual_workload > 0
      order by establishment_id, activity_code`,
  );
  return rows.map((row) => ({
    establishmentId: String(row.establishment_id),
    activityCode: String(row.activity_code),
    annualWorkload: Number(row.annual_workload),
  }));
}
