import type { DuplicatePair, DuplicatePatientSummary, Patient } from '@tansiq/domain';
import type { DuplicatePairRow } from '@tansiq/db';

/** What the queue shows of a patient: enough to recognise the person, nothing clinical. */
export function presentDuplicatePatient(patient: Patient): DuplicatePatientSummary {
  return {
    id: patient.id,
    regionalId: patient.regionalId,
    status: patient.status,
    givenNameLatin: patient.givenNameLatin,
    familyNameLatin: patient.familyNameLatin,
    givenNameArabic: patient.givenNameArabic,
    familyNameArabic: patient.familyNameArabic,
    sex: patient.sex,
    birthDate: patient.birthDate,
    birthDatePrecision: patient.birthDatePrecision,
    communeCode: patient.communeCode,
    communeNameFr: patient.communeNameFr,
    communeNameAr: patient.communeNameAr,
  };
}

/**
 * A pair of the queue with both patients' summaries.
 * @throws Error when a patient of the pair was not loaded (patients are never deleted, so it is a bug).
 */
export function presentDuplicatePair(row: DuplicatePairRow, patients: ReadonlyMap<string, Patient>): DuplicatePair {
  const patientA = patients.get(row.patientAId);
  const patientB = patients.get(row.patientBId);
  if (!patientA || !patientB) {
    throw new Error('A patient of a duplicate pair was not loaded');
  }
  return {
    gstId: row.gstId,
    patientAId: row.patientAId,
    patientBId: row.patientBId,
    probability: row.probability,
    reasons: row.reasons,
    status: row.status,
    source: row.source,
    runId: row.runId,
    version: row.version,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    decidedBy: row.decidedBy,
    patientA: presentDuplicatePatient(patientA),
    patientB: presentDuplicatePatient(patientB),
  };
}
