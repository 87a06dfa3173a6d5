import { sql } from 'drizzle-orm';
import type { ReferralTimerSettingInput, WorkingCalendar } from '@tansiq/domain';
import { defaultWorkingWeekdays } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, queryRows } from '../lib/rows';
import { listGstHolidays } from '../services/holiday-queries';

/** A GST's referral timer settings (defaults per urgency and specialty overrides). */
export async function listReferralTimerSettings(
  executor: Executor,
  gstId: string,
): Promise<ReferralTimerSettingInput[]> {
  const rows = await queryRows(
    executor,
    sql`select urgency, specialty_code, accept_within, appointment_within, counter_referral_within, unit
      from referral_timer_settings where gst_id = ${gstId} order by urgency, specialty_code nulls first`,
  );
  return rows.map((row) => ({
    urgency: asText(row.urgency) as ReferralTimerSettingInput['urgency'],
    specialtyCode: asTextOrNull(row.specialty_code),
    acceptWithin: Number(row.accept_within),
    appointmentWithin: Number(row.appointment_within),
    counterReferralWithin: Number(row.counter_referral_within),
    unit: asText(row.unit) as ReferralTimerSettingInput['unit'],
  }));
}

/** Replaces a GST's timer settings as a whole (the settings page saves the table). */
export async function replaceReferralTimerSettings(
  tx: Tx,
  gstId: string,
  settings: readonly ReferralTimerSettingInput[],
  updatedBy: string | null,
): Promise<void> {
  await tx.execute(sql`delete from referral_timer_settings where gst_id = ${gstId}`);
  if (settings.length === 0) {
    return;
  }
  await tx.execute(
    sql`insert into referral_timer_settings (gst_id, id, urgency, specialty_code, accept_within, appointment_within,
        counter_referral_within, unit, updated_by)
      select ${gstId}, gen_random_uuid(), * , ${updatedBy}::uuid from unnest(
        ${sql.param(settings.map((setting) => setting.urgency))}::text[],
        ${sql.param(settings.map((setting) => setting.specialtyCode))}::text[],
        ${sql.param(settings.map((setting) => setting.acceptWithin))}::int[],
        ${sql.param(settings.map((setting) => setting.appointmentWithin))}::int[],
        ${sql.param(settings.map((setting) => setting.counterReferralWithin))}::int[],
        ${sql.param(settings.map((setting) => setting.unit))}::text[])`,
  );
}

/**
 * The GST's working calendar: its public holidays and its working weekdays (`settings.workingWeekdays` of the GST,
 * Monday to Friday by default).
 */
export async function findWorkingCalendar(executor: Executor, gstId: string): Promise<WorkingCalendar> {
  const [gst] = await queryRows(executor, sql`select settings from gsts where id = ${gstId}`);
  const holidays = await listGstHolidays(executor, gstId);
  const configured = (gst?.settings as { workingWeekdays?: unknown } | undefined)?.workingWeekdays;
  const workingWeekdays =
    Array.isArray(configured) && configured.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)
      ? (configured as number[])
      : defaultWorkingWeekdays;
  return { workingWeekdays, holidays: new Set(holidays.map((holiday) => holiday.day)) };
}
