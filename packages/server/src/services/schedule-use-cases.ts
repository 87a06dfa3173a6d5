import { randomUUID } from 'node:crypto';
import {
  conflict,
  moroccoDay,
  notFound,
  type ConsultationSchedule,
  type CreateScheduleInput,
  type UpdateScheduleInput,
} from '@tansiq/domain';
import {
  deleteScheduleRow,
  findScheduleById,
  insertAuditEvent,
  insertSchedule,
  scheduleAppointmentStats,
  updateScheduleRow,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { authorizeServiceManagement } from './load-service';

async function loadSchedule(tx: Tx, context: RequestContext, id: string) {
  const schedule = await findScheduleById(tx, id);
  if (!schedule) {
    throw notFound('schedule');
  }
  await authorizeServiceManagement(tx, context.actor, schedule.establishmentId, schedule.specialtyCode);
  return schedule;
}

const audit = (
  tx: Tx,
  context: RequestContext,
  action: string,
  schedule: { id: string; gstId: string; establishmentId: string; specialtyCode: string },
  details: Record<string, unknown> = {},
) =>
  insertAuditEvent(
    tx,
    auditEventFor(context, {
      action,
      entityType: 'consultation_schedule',
      entityId: schedule.id,
      gstId: schedule.gstId,
      details: { establishmentId: schedule.establishmentId, specialtyCode: schedule.specialtyCode, ...details },
    }),
  );

/**
 * Adds a weekly consultation session to a service.
 * @throws AppError not_found (no such service, out of scope), forbidden.
 */
export async function createSchedule(
  db: Db,
  context: RequestContext,
  input: CreateScheduleInput,
): Promise<ConsultationSchedule> {
  return db.transaction(async (tx) => {
    const gstId = await authorizeServiceManagement(tx, context.actor, input.establishmentId, input.specialtyCode);
    const id = randomUUID();
    await insertSchedule(tx, gstId, { id, ...input }, context.actor.userId);
    await audit(tx, context, 'consultation_schedule.create', { id, gstId, ...input }, { weekday: input.weekday });
    const created = await findScheduleById(tx, id);
    if (!created) {
      throw new Error('The schedule just created cannot be read back');
    }
    return created;
  });
}

/**
 * Changes a weekly session. Once slots are booked from today on, only its end of validity (not before the last booked
 * day) and a larger slot count may change: booked appointments keep their times.
 * @throws AppError not_found, forbidden, conflict (booked appointments would move).
 */
export async function updateSchedule(
  db: Db,
  context: RequestContext,
  id: string,
  input: UpdateScheduleInput,
  now: Date = new Date(),
): Promise<ConsultationSchedule> {
  return db.transaction(async (tx) => {
    const schedule = await loadSchedule(tx, context, id);
    const stats = await scheduleAppointmentStats(tx, schedule.gstId, id, moroccoDay(now));
    if (stats.liveFrom > 0) {
      const moves =
        input.weekday !== schedule.weekday ||
        input.startTime !== schedule.startTime ||
        input.endTime !== schedule.endTime ||
        input.mode !== schedule.mode ||
        input.slotCount < schedule.slotCount ||
        input.validFrom > (stats.lastLiveDay ?? input.validFrom) ||
        (input.validTo !== null && stats.lastLiveDay !== null && input.validTo < stats.lastLiveDay);
      if (moves) {
        throw conflict('Appointments are booked on this session: end it after the last one and add a new session');
      }
    }
    await updateScheduleRow(tx, schedule.gstId, id, input);
    await audit(tx, context, 'consultation_schedule.update', schedule, { before: schedule, after: input });
    const updated = await findScheduleById(tx, id);
    if (!updated) {
      throw new Error('The schedule just updated cannot be read back');
    }
    return updated;
  });
}

/**
 * Deletes a weekly session that never had an appointment (otherwise, end it with `validTo`).
 * @throws AppError not_found, forbidden, conflict (it has appointments).
 */
export async function deleteSchedule(db: Db, context: RequestContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const schedule = await loadSchedule(tx, context, id);
    const stats = await scheduleAppointmentStats(tx, schedule.gstId, id, '0001-01-01');
    if (stats.all > 0) {
      throw conflict('This session has appointments: end it instead of deleting it');
    }
    await deleteScheduleRow(tx, schedule.gstId, id);
    await audit(tx, context, 'consultation_schedule.delete', schedule, { before: schedule });
  });
}
