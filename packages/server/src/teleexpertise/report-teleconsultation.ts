import { randomUUID } from 'node:crypto';
import { conflict, notFound, type TeleconsultationReportInput, type Teleexpertise } from '@tansiq/domain';
import {
  findAppointmentRecord,
  insertAuditEvent,
  insertCareAct,
  insertEncounter,
  insertTeleconsultationReport,
  setAppointmentStatus,
  touchTeleexpertise,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import type { OutboundMessage } from '../notifications/messenger';
import { decideTeleexpertise } from './decide-teleexpertise';
import { loadTeleexpertiseAccess } from './teleexpertise-access';
import { readTeleexpertise } from './read-teleexpertise';
import { notifyTeleexpertise } from './teleexpertise-notifications';

/**
 * The remote specialist reports a teleconsultation booked from a tele-expertise answer: the consultation goes on the
 * patient's timeline (an encounter of kind `teleconsultation` at the destination, which also opens the patient to its
 * clinicians), the appointment is attended, and the act is recorded for pay-per-act. A referral's teleconsultation is
 * reported through the referral's own loop (attend, counter-referral), not here.
 * @throws AppError not_found (appointment, or no access to its request), forbidden, conflict (not a tele-expertise
 * teleconsultation, already reported).
 */
export async function reportTeleconsultation(
  db: Db,
  context: RequestContext,
  appointmentId: string,
  input: TeleconsultationReportInput,
  outbox: OutboundMessage[],
): Promise<Teleexpertise> {
  return db.transaction(async (tx) => {
    const appointment = await findAppointmentRecord(tx, appointmentId);
    if (!appointment) {
      throw notFound('appointment');
    }
    if (!appointment.teleexpertiseId) {
      throw conflict('This appointment is reported through its referral', [], { referralId: appointment.referralId });
    }
    const { record, roles } = await loadTeleexpertiseAccess(tx, context.actor, appointment.teleexpertiseId, {
      forUpdate: true,
    });
    await decideTeleexpertise(tx, record, 'report_teleconsultation', roles);
    if (appointment.status !== 'booked') {
      throw conflict('This teleconsultation was already reported or cancelled', [], { status: appointment.status });
    }
    const now = new Date().toISOString();
    const encounterId = randomUUID();
    await insertEncounter(
      tx,
      record.gstId,
      {
        id: encounterId,
        patientId: record.patientId,
        establishmentId: appointment.establishmentId,
        specialtyCode: appointment.specialtyCode,
        kind: 'teleconsultation',
        // Reported early (a session moved forward): the consultation took place now, not at the slot's time.
        startedAt: appointment.startsAt < now ? appointment.startsAt : now,
        endedAt: now,
        practitionerName: context.actor.displayName,
        reason: (input.diagnosis ?? record.question).slice(0, 500),
        icd10Code: input.icd10Code,
        outcome: 'follow_up',
      },
      context.actor.userId,
    );
    await insertTeleconsultationReport(tx, record.gstId, {
      appointmentId: appointment.id,
      teleexpertiseId: record.id,
      encounterId,
      findings: input.findings,
      diagnosis: input.diagnosis,
      icd10Code: input.icd10Code,
      recommendations: input.recommendations,
      authorUserId: context.actor.userId,
      reportedAt: now,
    });
    await setAppointmentStatus(tx, record.gstId, appointment.id, 'attended');
    await insertCareAct(tx, record.gstId, {
      id: randomUUID(),
      kind: 'teleconsultation',
      authorUserId: context.actor.userId,
      establishmentId: appointment.establishmentId,
      specialtyCode: appointment.specialtyCode,
      patientId: record.patientId,
      sourceType: 'appointment',
      sourceId: appointment.id,
      performedAt: now,
    });
    await touchTeleexpertise(tx, record.gstId, record.id);
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'teleexpertise.teleconsultation.report',
        entityType: 'teleexpertise',
        entityId: record.id,
        gstId: record.gstId,
        patientId: record.patientId,
        purpose: 'teleexpertise',
        details: { appointmentId: appointment.id, encounterId },
      }),
    );
    outbox.push(...(await notifyTeleexpertise(tx, record, 'teleconsultation_reported', context.actor.userId)));
    return readTeleexpertise(tx, { gstId: record.gstId, id: record.id, roles });
  });
}
