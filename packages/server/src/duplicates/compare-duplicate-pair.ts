import {
  applySurvivorship,
  compareDuplicateFields,
  pickSurvivor,
  toDemographics,
  type DuplicatePairComparison,
  type DuplicatePairSide,
  type MergePreview,
  type Patient,
} from '@tansiq/domain';
import {
  countEncountersPerEstablishment,
  findPatientsByIds,
  insertAuditEvent,
  listPatientRecordIds,
  listPatientRegistrations,
  type Db,
  type Executor,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getDuplicatePairInScope } from './duplicate-access';
import { presentDuplicatePair } from './duplicate-presenter';

async function loadSide(executor: Executor, patient: Patient): Promise<DuplicatePairSide> {
  const recordIds = await listPatientRecordIds(executor, patient.gstId, patient.id);
  return {
    patient,
    registrations: await listPatientRegistrations(executor, patient.gstId, patient.id, recordIds),
    encounterCounts: await countEncountersPerEstablishment(executor, patient.gstId, recordIds),
    memberIds: recordIds.filter((id) => id !== patient.id),
  };
}

const preview = (kept: Patient, gone: Patient): MergePreview => ({
  survivorId: kept.id,
  mergedId: gone.id,
  ...applySurvivorship(toDemographics(kept), toDemographics(gone)),
});

/** The golden record of each choice of survivor, the default (older record) first. */
function mergePreviews(a: Patient, b: Patient): MergePreview[] {
  if (a.status !== 'active' || b.status !== 'active') {
    return [];
  }
  const { survivor, merged } = pickSurvivor(a, b);
  return [preview(survivor, merged), preview(merged, survivor)];
}

/**
 * The side-by-side review of a pair: both patients in full (no timeline), their IPPs and encounter counts, the
 * field-by-field agreement and the merge previews. Opening it is audited for each patient ('patient.compare').
 * @throws AppError not_found, forbidden, validation_failed (see `getDuplicatePairInScope`).
 */
export async function compareDuplicatePair(
  db: Db,
  context: RequestContext,
  ids: { patientAId: string; patientBId: string },
): Promise<DuplicatePairComparison> {
  return db.transaction(async (tx) => {
    const row = await getDuplicatePairInScope(tx, context.actor, ids);
    const patients = new Map(
      (await findPatientsByIds(tx, row.gstId, [row.patientAId, row.patientBId])).map((patient) => [
        patient.id,
        patient,
      ]),
    );
    const pair = presentDuplicatePair(row, patients);
    const [a, b] = [patients.get(row.patientAId), patients.get(row.patientBId)];
    if (!a || !b) {
      throw new Error('A patient of a duplicate pair was not loaded');
    }
    for (const [patient, other] of [
      [a, b],
      [b, a],
    ] as const) {
      await insertAuditEvent(
        tx,
        auditEventFor(context, {
          action: 'patient.compare',
          entityType: 'patient',
          entityId: patient.id,
          gstId: row.gstId,
          patientId: patient.id,
          details: { otherPatientId: other.id, pairStatus: row.status },
        }),
      );
    }
    return {
      pair,
      sideA: await loadSide(tx, a),
      sideB: await loadSide(tx, b),
      fields: compareDuplicateFields(toDemographics(a), toDemographics(b)),
      defaultSurvivorId: pickSurvivor(a, b).survivor.id,
      previews: mergePreviews(a, b),
    };
  });
}
