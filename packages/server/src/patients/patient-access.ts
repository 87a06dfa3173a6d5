import {
  canOpenPatient,
  canReadClinicalDetail,
  hasCareRelationship,
  notFound,
  outOfScope,
  type Actor,
  type Patient,
  type PatientAccessTarget,
  type PatientRecord,
} from '@tansiq/domain';
import { findGoldenPatientId, findPatientById, findPatientReach, type Executor } from '@tansiq/db';

/** A patient loaded for an access decision: its golden record, the records merged into it, and the actor's reach. */
export interface PatientAccess {
  patient: Patient;
  gstId: string;
  /** The golden record's id first, then the records merged into it. */
  recordIds: string[];
  target: PatientAccessTarget;
  breakGlass: { id: string; expiresAt: string } | undefined;
  access: PatientRecord['access'];
}

/**
 * Loads a patient and decides how the actor may see it (load first, then authorize, STYLE §6). A merged record's id
 * leads to its golden record. The actor needs a care relationship, identity management, or a running break-the-glass.
 * @throws AppError not_found when the patient does not exist or the actor may not open it (audited as denied).
 */
export async function loadPatientAccess(executor: Executor, actor: Actor, patientId: string): Promise<PatientAccess> {
  const requested = await findPatientById(executor, patientId);
  if (!requested) {
    throw notFound('patient');
  }
  const gstId = requested.gstId;
  // Only a merged record leads elsewhere: the chain is read for those alone.
  const goldenId =
    requested.mergedIntoId === null
      ? patientId
      : ((await findGoldenPatientId(executor, gstId, patientId)) ?? patientId);
  const patient = goldenId === patientId ? requested : await findPatientById(executor, goldenId);
  if (!patient) {
    throw notFound('patient');
  }
  const { recordIds, careEstablishmentIds, breakGlass } = await findPatientReach(
    executor,
    gstId,
    goldenId,
    actor.userId,
  );
  const target: PatientAccessTarget = { gstId, careEstablishmentIds };
  if (!canOpenPatient(actor, target, breakGlass !== undefined)) {
    throw outOfScope('patient', gstId);
  }
  const basis = hasCareRelationship(actor, target)
    ? 'care_relationship'
    : breakGlass !== undefined
      ? 'break_glass'
      : 'identity_management';
  return {
    patient,
    gstId,
    recordIds,
    target,
    breakGlass,
    access: {
      basis,
      clinical: canReadClinicalDetail(actor, target, breakGlass !== undefined),
      breakGlassId: breakGlass?.id ?? null,
      breakGlassExpiresAt: breakGlass?.expiresAt ?? null,
    },
  };
}
