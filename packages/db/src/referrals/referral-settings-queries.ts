import { sql, type SQL } from 'drizzle-orm';
import type { ReferralTimerSettingInput, WorkingCalendar } from '@tansiq/domain';
import { defaultWorkingWeekdays } from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asText, asTextOrNull, jsonColumn, queryRows } from '../lib/rows';

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
  return rows.map(toTimerSetting);
}

const toTimerSetting = (row: Record<string, unknown>): ReferralTimerSettingInput => ({
  urgency: asText(row.urgency) as ReferralTimerSettingInput['urgency'],
  specialtyCode: asTextOrNull(row.specialty_code),
  acceptWithin: Number(row.accept_within),
  appointmentWithin: Number(row.appointment_within),
  counterReferralWithin: Number(row.counter_referral_within),
  unit: asText(row.unit) as ReferralTimerSettingInput['unit'],
});

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

/** What a step of the referral loop reads of its GST: code (for numbers), timers, working calendar, video room. */
export interface GstReferralSettings {
  gstCode: string;
  timerSettings: ReferralTimerSettingInput[];
  calendar: WorkingCalendar;
  teleconsultationLinkTemplate: string | null;
}

/** The select of a GST's referral settings (`gstId` is SQL: a parameter or an outer column), for `toGstReferralSettings`. */
export const gstReferralSettingsSelect = (gstId: SQL): SQL =>
  sql`select g.code as settings_gst_code, g.settings as gst_settings,
      (select coalesce(json_agg(t order by t.urgency, t.specialty_code nulls first), '[]'::json) from (
        select urgency, specialty_code, accept_within, appointment_within, counter_referral_within, unit
        from referral_timer_settings where gst_id = g.id) t) as gst_timers,
      (select coalesce(json_agg(h.day::text order by h.day), '[]'::json) from gst_holidays h where h.gst_id = g.id)
        as gst_holidays
    from gsts g where g.id = ${gstId}`;

/** Maps the columns of `gstReferralSettingsSelect` (a GST without settings gets the defaults). */
export function toGstReferralSettings(row: Record<string, unknown> | undefined): GstReferralSettings {
  const settings = (row?.gst_settings ?? {}) as { workingWeekdays?: unknown; teleconsultationLinkTemplate?: unknown };
  const configured = settings.workingWeekdays;
  const workingWeekdays =
    Array.isArray(configured) && configured.every((day) => Number.isInteger(day) && day >= 1 && day <= 7)
      ? (configured as number[])
      : defaultWorkingWeekdays;
  const holidays = jsonColumn<string[]>(row?.gst_holidays, []);
  return {
    gstCode: asTextOrNull(row?.settings_gst_code) ?? 'GST',
    timerSettings: jsonColumn<Record<string, unknown>[]>(row?.gst_timers, []).map(toTimerSetting),
    calendar: { workingWeekdays, holidays: new Set(holidays) },
    teleconsultationLinkTemplate:
      typeof settings.teleconsultationLinkTemplate === 'string' ? settings.teleconsultationLinkTemplate : null,
  };
}

/**
 * A GST's referral settings in one round trip (every step that sets a timer reads them): its timer settings, its
 * public holidays and its working weekdays (`settings.workingWeekdays`, Monday to Friday by default).
 */
export async function findGstReferralSettings(executor: Executor, gstId: string): Promise<GstReferralSettings> {
  const [row] = await queryRows(executor, gstReferralSettingsSelect(sql`${gstId}`));
  return toGstReferralSettings(row);
}

/** The GST's working calendar (its public holidays and working weekdays). */
export async function findWorkingCalendar(executor: Executor, gstId: string): Promise<WorkingCalendar> {
  return (await findGstReferralSettings(executor, gstId)).calendar;
}
