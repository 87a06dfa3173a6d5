import { randomInt, randomUUID } from 'node:crypto';
import {
  authorize,
  canRegisterPatients,
  conflict,
  isAppError,
  patientBlockingKeys,
  randomRegionalSerial,
  toRegionalPatientId,
  type CreatePatientInput,
  type CreatePatientResult,
} from '@tansiq/domain';
import {
  insertAuditEvent,
  insertMatchCandidates,
  insertPatientRegistration,
  insertPatients,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { ensureMatchModel, findPatientCandidates } from './find-patient-candidates';
import { runOnce } from './idempotency';
import { checkPatientReferences } from './check-patient-references';
import { resolvePatientGst } from './patient-gst';

const cryptoRandom = (): number => randomInt(0, 2 ** 47) / 2 ** 47;

/**
 * Registers a new patient at an establishment. Creation checks the index again: a probable or possible duplicate the
 * user has not seen and set aside refuses the creation (409), so two desks cannot create the same person unnoticed;
 * the pairs the user set aside go to the identity managers' review queue. A retried request with the same
 * idempotency key returns the first result and never creates a second patient.
 * @throws AppError not_found (establishment), forbidden, conflict (possible duplicates, IPP taken, key reused).
 */
export async function createPatient(
  db: Db,
  context: RequestContext,
  input: CreatePatientInput,
  idempotencyKey: string | undefined,
): Promise<CreatePatientResult> {
  const { gstId } = await resolvePatientGst(db, context.actor, input.establishmentId);
  authorize({
    visible: true,
    allowed: canRegisterPatients(context.actor, { gstId, establishmentId: input.establishmentId }),
    entity: 'establishment',
    gstId,
  });
  await checkPatientReferences(db, gstId, input.patient, ['patient']);
  // Outside the transaction: on the embedded database a query beside an open transaction would wait for it.
  const { model } = await ensureMatchModel(db, gstId);
  return runOnce(
    db,
    { userId: context.actor.userId, key: idempotencyKey, operation: 'patient.create', body: input },
    async (tx) => {
      const { candidates } = await findPatientCandidates(tx, gstId, model, input.patient, { limit: 20 });
      const seen = new Set(input.confirmedDistinctFrom);
      const unseen = candidates.filter((candidate) => candidate.band !== 'unlikely' && !seen.has(candidate.patient.id));
      if (unseen.length > 0) {
        throw conflict('This person may already be registered: look at the candidates before creating a new patient', [
          { path: ['patient'], message: `${unseen.length} possible duplicate(s)`, code: 'possible_duplicates' },
        ]);
      }
      const id = randomUUID();
      const [keys = []] = patientBlockingKeys([input.patient]);
      let regionalId = '';
      for (let attempt = 0; ; attempt += 1) {
        regionalId = toRegionalPatientId(randomRegionalSerial(cryptoRandom));
        try {
          await tx.transaction((savepoint) =>
            insertPatients(savepoint, gstId, [{ id, regionalId, state: input.patient, keys }], context.actor.userId),
          );
          break;
        } catch (error) {
          if (!isAppError(error) || error.code !== 'conflict' || attempt >= 4) {
            throw error;
          }
        }
      }
      const registrationId = randomUUID();
      await insertPatientRegistration(
        tx,
        gstId,
        { id: registrationId, patientId: id, establishmentId: input.establishmentId, localId: input.localId },
        context.actor.userId,
      );
      const setAside = candidates.filter((candidate) => candidate.band !== 'unlikely');
      await insertMatchCandidates(
        tx,
        gstId,
        setAside.map((candidate) => ({
          patientIds: [id, candidate.patient.id] as const,
          probability: candidate.score.probability,
          reasons: candidate.score.reasons,
          source: 'registration' as const,
        })),
      );
      await insertAuditEvent(
        tx,
        auditEventFor(context, {
          action: 'patient.create',
          entityType: 'patient',
          entityId: id,
          gstId,
          patientId: id,
          details: { establishmentId: input.establishmentId, sentToReview: setAside.length },
        }),
      );
      return { patientId: id, regionalId, registrationId };
    },
  );
}
