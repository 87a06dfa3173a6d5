import { conflict, type Teleexpertise } from '@tansiq/domain';
import {
  findTeleexpertiseAppointment,
  insertAuditEvent,
  setAppointmentStatus,
  touchTeleexpertise,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { decideTeleexpertise } from './decide-teleexpertise';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';

/** What happens to a booked teleconsultation that will not be reported: called off, or missed by the patient. */
export type TeleconsultationChange = { kind: 'cancel'; reason: string } | { kind: 'no_show' };

/**
 * Calls off a booked teleconsultation (either end's clinicians: the slot is freed, another may be booked, which is how
 * one is rescheduled) or records that the patient did not come (the specialist's end, once the session has started;
 * it may then be booked again). Audited; the request's version moves.
 * @throws AppError not_found, forbidden, conflict (nothing booked, or a no-show before the session starts).
 */
export async function changeTeleconsultation(
  db: Db,
  context: RequestContext,
  id: string,
  change: TeleconsultationChange,
  now: Date = new Date(),
): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, id, { forUpdate: true });
    const action = change.kind === 'cancel' ? 'cancel_teleconsultation' : 'teleconsultation_no_show';
    await decideTeleexpertise(tx, record, action, roles);
    const appointment = await findTeleexpertiseAppointment(tx, record.gstId, record.id);
    if (!appointment || appointment.status !== 'booked') {
      throw conflict('No teleconsultation is booked for this request', [], { status: record.status });
    }
    if (change.kind === 'no_show' && new Date(appointment.startsAt).getTime() > now.getTime()) {
      throw conflict('The session has not started yet: the patient cannot have missed it', [], {
        startsAt: appointment.startsAt,
      });
    }
    await setAppointmentStatus(
      tx,
      record.gstId,
      appointment.id,
      change.kind === 'cancel' ? 'cancelled' : 'no_show',
      change.kind === 'cancel' ? change.reason : null,
    );
    await touchTeleexpertise(tx, record.gstId, record.id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: `teleexpertise.teleconsultation.${change.kind}`,
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { appointmentId: appointment.id, startsAt: appointment.startsAt },
      }),
    );
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
