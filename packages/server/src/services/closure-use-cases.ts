import { randomUUID } from 'node:crypto';
import { notFound, validationFailed, type ConsultationClosure, type CreateClosureInput } from '@tansiq/domain';
import {
  deleteClosureRow,
  findClosureById,
  findScheduleById,
  insertAuditEvent,
  insertClosure,
  type Db,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { authorizeServiceManagement } from './load-service';

const audit = (tx: Tx, context: RequestContext, action: string, closure: ConsultationClosure) =>
  insertAuditEvent(
    tx,
    auditEventFor(context, {
      action,
      entityType: 'consultation_closure',
      entityId: closure.id,
      gstId: closure.gstId,
      details: {
        establishmentId: closure.establishmentId,
        specialtyCode: closure.specialtyCode,
        scheduleId: closure.scheduleId,
        fromDate: closure.fromDate,
        toDate: closure.toDate,
      },
    }),
  );

/**
 * Closes a service's sessions (or one schedule's) for a range of days. Appointments already booked on those days
 * stay: the referral feature reschedules them.
 * @throws AppError not_found, forbidden, validation_failed (schedule of another service).
 */
export async function createClosure(
  db: Db,
  context: RequestContext,
  input: CreateClosureInput,
): Promise<ConsultationClosure> {
  return db.transaction(async (tx) => {
    const gstId = await authorizeServiceManagement(tx, context.actor, input.establishmentId, input.specialtyCode);
    if (input.scheduleId !== null) {
      const schedule = await findScheduleById(tx, input.scheduleId);
      if (
        schedule?.gstId !== gstId ||
        schedule.establishmentId !== input.establishmentId ||
        schedule.specialtyCode !== input.specialtyCode
      ) {
        throw validationFailed('This session is not one of the service', [
          { path: ['scheduleId'], message: 'Not a session of this service', code: 'custom' },
        ]);
      }
    }
    const id = randomUUID();
    await insertClosure(tx, gstId, { id, ...input }, context.actor.userId);
    const created = await findClosureById(tx, id);
    if (!created) {
      throw new Error('The closure just created cannot be read back');
    }
    await audit(tx, context, 'consultation_closure.create', created);
    return created;
  });
}

/**
 * Removes a closure: the sessions of those days are held again.
 * @throws AppError not_found, forbidden.
 */
export async function deleteClosure(db: Db, context: RequestContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const closure = await findClosureById(tx, id);
    if (!closure) {
      throw notFound('closure');
    }
    await authorizeServiceManagement(tx, context.actor, closure.establishmentId, closure.specialtyCode);
    await deleteClosureRow(tx, closure.gstId, id);
    await audit(tx, context, 'consultation_closure.delete', closure);
  });
}
