import { sql } from 'drizzle-orm';
import type {
  ConsultationClosure,
  ConsultationSchedule,
  CreateClosureInput,
  CreateScheduleInput,
  UpdateScheduleInput,
} from '@tansiq/domain';
import type { Executor, Tx } from '../client';
import { asTextOrNull, queryRows } from '../lib/rows';
import { closureColumns, scheduleColumns, toClosure, toSchedule } from './service-rows';

export interface ServiceKey {
  gstId: string;
  establishmentId: string;
  specialtyCode: string;
}

/** The weekly schedules of a service, by weekday and start time (ended ones too: the page shows their validity). */
export async function listServiceSchedules(executor: Executor, key: ServiceKey): Promise<ConsultationSchedule[]> {
  const rows = await queryRows(
    executor,
    sql`select ${scheduleColumns} from consultation_schedules
      where gst_id = ${key.gstId} and establishment_id = ${key.establishmentId} and specialty_code = ${key.specialtyCode}
      order by weekday, start_time, valid_from, id`,
  );
  return rows.map(toSchedule);
}

/** A schedule by id, in any GST (the caller checks the actor may see it). */
export async function findScheduleById(executor: Executor, id: string): Promise<ConsultationSchedule | undefined> {
  const [row] = await queryRows(executor, sql`select ${scheduleColumns} from consultation_schedules where id = ${id}`);
  return row ? toSchedule(row) : undefined;
}

export async function insertSchedule(
  tx: Tx,
  gstId: string,
  schedule: { id: string } & CreateScheduleInput,
  createdBy: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into consultation_schedules (gst_id, id, establishment_id, specialty_code, weekday, start_time,
        end_time, slot_count, mode, valid_from, valid_to, created_by)
      values (${gstId}, ${schedule.id}, ${schedule.establishmentId}, ${schedule.specialtyCode}, ${schedule.weekday},
        ${schedule.startTime}, ${schedule.endTime}, ${schedule.slotCount}, ${schedule.mode}, ${schedule.validFrom},
        ${schedule.validTo}, ${createdBy})`,
  );
}

export async function updateScheduleRow(tx: Tx, gstId: string, id: string, input: UpdateScheduleInput): Promise<void> {
  await tx.execute(
    sql`update consultation_schedules set weekday = ${input.weekday}, start_time = ${input.startTime},
        end_time = ${input.endTime}, slot_count = ${input.slotCount}, mode = ${input.mode},
        valid_from = ${input.validFrom}, valid_to = ${input.validTo}
      where gst_id = ${gstId} and id = ${id}`,
  );
}

export async function deleteScheduleRow(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`delete from consultation_schedules where gst_id = ${gstId} and id = ${id}`);
}

/** Appointments of a schedule: all of them (any status), and the live ones from `fromDay`, with the last such day. */
export async function scheduleAppointmentStats(
  executor: Executor,
  gstId: string,
  scheduleId: string,
  fromDay: string,
): Promise<{ all: number; liveFrom: number; lastLiveDay: string | null; maxLiveSlotIndex: number | null }> {
  const [row] = await queryRows(
    executor,
    sql`select count(*)::int as all_count,
        (count(*) filter (where status <> 'cancelled' and session_date >= ${fromDay}))::int as live_count,
        (max(session_date) filter (where status <> 'cancelled' and session_date >= ${fromDay}))::text as last_day,
        max(slot_index) filter (where status <> 'cancelled' and session_date >= ${fromDay}) as max_slot
      from appointments where gst_id = ${gstId} and schedule_id = ${scheduleId}`,
  );
  return {
    all: Number(row?.all_count ?? 0),
    liveFrom: Number(row?.live_count ?? 0),
    lastLiveDay: asTextOrNull(row?.last_day),
    maxLiveSlotIndex: row?.max_slot == null ? null : Number(row.max_slot),
  };
}

/** The closures of a service ending on or after `fromDay`, earliest first. */
export async function listServiceClosures(
  executor: Executor,
  key: ServiceKey,
  fromDay: string,
): Promise<ConsultationClosure[]> {
  const rows = await queryRows(
    executor,
    sql`select ${closureColumns} from consultation_closures
      where gst_id = ${key.gstId} and establishment_id = ${key.establishmentId} and specialty_code = ${key.specialtyCode}
        and to_date >= ${fromDay}
      order by from_date, id`,
  );
  return rows.map(toClosure);
}

export async function findClosureById(executor: Executor, id: string): Promise<ConsultationClosure | undefined> {
  const [row] = await queryRows(executor, sql`select ${closureColumns} from consultation_closures where id = ${id}`);
  return row ? toClosure(row) : undefined;
}

export async function insertClosure(
  tx: Tx,
  gstId: string,
  closure: { id: string } & CreateClosureInput,
  createdBy: string | null,
): Promise<void> {
  await tx.execute(
    sql`insert into consultation_closures (gst_id, id, establishment_id, specialty_code, schedule_id, from_date,
        to_date, reason, created_by)
      values (${gstId}, ${closure.id}, ${closure.establishmentId}, ${closure.specialtyCode}, ${closure.scheduleId},
        ${closure.fromDate}, ${closure.toDate}, ${closure.reason}, ${createdBy})`,
  );
}

export async function deleteClosureRow(tx: Tx, gstId: string, id: string): Promise<void> {
  await tx.execute(sql`delete from consultation_closures where gst_id = ${gstId} and id = ${id}`);
}
