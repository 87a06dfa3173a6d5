import { randomInt, randomUUID } from 'node:crypto';
import {
  isAppError,
  patientBlockingKeys,
  randomRegionalSerial,
  toRegionalPatientId,
  type AuditEventInput,
  type PatientImportCounts,
  type PatientImportRowOutcome,
} from '@tansiq/domain';
import {
  findTakenRegionalIds,
  insertAuditEvent,
  insertMatchCandidates,
  insertPatientRegistrations,
  insertPatients,
  updatePatientImportJob,
  type Db,
  type PatientInsert,
  type Tx,
} from '@tansiq/db';
import type { ImportRowDecision } from './match-import-rows';

const cryptoRandom = (): number => randomInt(0, 2 ** 47) / 2 ** 47;
const maxDrawAttempts = 5;

/** `count` regional ids, distinct and free in the GST when drawn (a concurrent registration may still take one). */
async function drawRegionalIds(tx: Tx, gstId: string, count: number): Promise<string[]> {
  const ids = new Set<string>();
  for (let attempt = 0; ids.size < count; attempt += 1) {
    if (attempt >= maxDrawAttempts) {
      throw new Error('Could not draw free regional patient ids');
    }
    const drawn = new Set<string>();
    while (drawn.size < count - ids.size) {
      const id = toRegionalPatientId(randomRegionalSerial(cryptoRandom));
      if (!ids.has(id)) {
        drawn.add(id);
      }
    }
    const taken = await findTakenRegionalIds(tx, gstId, [...drawn]);
    drawn.forEach((id) => !taken.has(id) && ids.add(id));
  }
  return [...ids];
}

/** Inserts the new patients; when a regional id was taken meanwhile, the savepoint rolls back and ids are redrawn. */
async function insertNewPatients(
  tx: Tx,
  gstId: string,
  patients: readonly Omit<PatientInsert, 'regionalId'>[],
  actorUserId: string,
): Promise<string[]> {
  for (let attempt = 0; ; attempt += 1) {
    const regionalIds = await drawRegionalIds(tx, gstId, patients.length);
    const inserts = patients.map((patient, index) => ({ ...patient, regionalId: regionalIds[index] ?? '' }));
    try {
      await tx.transaction((savepoint) => insertPatients(savepoint, gstId, inserts, actorUserId));
      return regionalIds;
    } catch (error) {
      if (!isAppError(error) || error.code !== 'conflict' || attempt >= maxDrawAttempts - 1) {
        throw error;
      }
    }
  }
}

/**
 * Writes a checked file in ONE transaction: the new patients (first version `imported`, blocking keys, fresh regional
 * ids), every IPP registration at the establishment, the pairs sent to review, the import's audit event and the
 * finished job. Either all of it is written or none. Returns each row's outcome with the patient it now belongs to.
 * @throws AppError conflict when an IPP was registered at the establishment in the meantime (nothing is written).
 */
export async function writePatientImport(
  db: Db,
  job: { gstId: string; id: string; establishmentId: string; createdBy: string },
  decisions: readonly ImportRowDecision[],
  counts: PatientImportCounts,
  auditEvent: AuditEventInput,
): Promise<PatientImportRowOutcome[]> {
  return db.transaction(async (tx) => {
    const created = decisions.filter((decision) => decision.outcome === 'new' || decision.outcome === 'sent_to_review');
    const createdIds = created.map(() => randomUUID());
    const keys = patientBlockingKeys(created.map((decision) => decision.row.patient));
    const regionalIds = await insertNewPatients(
      tx,
      job.gstId,
      created.map((decision, index) => ({
        id: createdIds[index] ?? '',
        state: decision.row.patient,
        keys: keys[index] ?? [],
        action: 'imported',
      })),
      job.createdBy,
    );
    const newPatientOf = new Map(
      created.map((decision, index) => [
        decision,
        { id: createdIds[index] ?? '', regionalId: regionalIds[index] ?? '' },
      ]),
    );
    const registrations = decisions.flatMap((decision) => {
      const patientId = decision.linkedTo?.patientId ?? newPatientOf.get(decision)?.id;
      return decision.linkedTo?.alreadyRegistered || patientId === undefined
        ? []
        : [{ id: randomUUID(), patientId, localId: decision.row.localId }];
    });
    await insertPatientRegistrations(tx, job.gstId, job.establishmentId, registrations, job.createdBy);
    await insertMatchCandidates(
      tx,
      job.gstId,
      decisions.flatMap((decision) => {
        const created = newPatientOf.get(decision);
        return decision.outcome === 'sent_to_review' && created && decision.best
          ? [
              {
                patientIds: [created.id, decision.best.patient.id] as const,
                probability: decision.best.score.probability,
                reasons: decision.best.score.reasons,
                source: 'import' as const,
              },
            ]
          : [];
      }),
    );
    const rows = decisions.map((decision) => {
      const patient = decision.linkedTo
        ? { id: decision.linkedTo.patientId, regionalId: decision.linkedTo.regionalId }
        : newPatientOf.get(decision);
      return toRowOutcome(decision, patient);
    });
    await insertAuditEvent(tx, auditEvent);
    await updatePatientImportJob(tx, job.gstId, job.id, {
      status: 'succeeded',
      processedRows: decisions.length,
      counts,
      rows,
      finishedAt: new Date(),
    });
    return rows;
  });
}

/** The report line of a matched row; `patient` is where its IPP goes (unknown for a new patient not written). */
export function toRowOutcome(
  decision: ImportRowDecision,
  patient: { id: string; regionalId: string } | undefined,
): PatientImportRowOutcome {
  const candidate = decision.outcome === 'new' ? undefined : decision.best;
  return {
    line: decision.row.line,
    localId: decision.row.localId,
    outcome: decision.outcome,
    patientId: patient?.id ?? null,
    regionalId: patient?.regionalId ?? null,
    candidatePatientId: candidate?.patient.id ?? null,
    candidateRegionalId: candidate?.patient.regionalId ?? null,
    probability: candidate?.score.probability ?? null,
  };
}
