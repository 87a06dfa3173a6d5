import type { FieldIssue, MatchModel, PatientImportOutcome, PatientImportRow } from '@tansiq/domain';
import { findGoldenPatientId, findPatientIdsByLocalIds, type Db } from '@tansiq/db';
import { findPatientCandidates, type ScoredCandidate } from '../patients/find-patient-candidates';

/** What the import will do with one valid row. */
export interface ImportRowDecision {
  row: PatientImportRow;
  outcome: Exclude<PatientImportOutcome, 'rejected'>;
  /** The best candidate in the index, if any. */
  best: ScoredCandidate | undefined;
  /** For `linked`: the patient the IPP goes to, and whether it already holds it (nothing to write then). */
  linkedTo?: { patientId: string; regionalId: string; alreadyRegistered: boolean };
}

const progressEvery = 20;

/**
 * Matches every valid row against the regional index and decides its outcome (issue #3 §7):
 * - its IPP is already registered at this establishment: `linked` when that patient is also the best candidate of
 *   the row, otherwise the row is rejected (the IPP belongs to someone else);
 * - the best candidate is `probable`: `linked`, the IPP is added to that patient (no new patient);
 * - it is `possible`: `sent_to_review`, a new patient whose pair with the candidate goes to the review queue;
 * - otherwise `new`.
 * A second row with an IPP already seen in the file is rejected. Rows are not matched against each other: the batch
 * deduplication finds duplicates inside one file.
 */
export async function matchImportRows(
  db: Db,
  target: { gstId: string; establishmentId: string; localIdColumn: string },
  model: MatchModel,
  rows: readonly PatientImportRow[],
  onProgress: (matched: number) => Promise<void>,
): Promise<{ decisions: ImportRowDecision[]; issues: FieldIssue[] }> {
  const { gstId, establishmentId, localIdColumn } = target;
  const registered = await findPatientIdsByLocalIds(
    db,
    gstId,
    establishmentId,
    rows.map((row) => row.localId),
  );
  const decisions: ImportRowDecision[] = [];
  const issues: FieldIssue[] = [];
  const lineOfLocalId = new Map<string, number>();
  for (const [index, row] of rows.entries()) {
    const firstLine = lineOfLocalId.get(row.localId);
    if (firstLine !== undefined) {
      issues.push({
        path: ['rows', row.line, localIdColumn],
        message: `IPP ${row.localId} already appears on line ${firstLine}`,
      });
    } else {
      lineOfLocalId.set(row.localId, row.line);
      const { candidates } = await findPatientCandidates(db, gstId, model, row.patient, { limit: 1 });
      const best = candidates[0];
      const holderId = registered.get(row.localId);
      const holder =
        holderId === undefined ? undefined : ((await findGoldenPatientId(db, gstId, holderId)) ?? holderId);
      if (holder !== undefined) {
        if (best?.patient.id === holder && best.band !== 'unlikely') {
          decisions.push({
            row,
            outcome: 'linked',
            best,
            linkedTo: { patientId: holder, regionalId: best.patient.regionalId, alreadyRegistered: true },
          });
        } else {
          const message =
            best?.patient.id === holder
              ? 'IPP already registered here for a patient whose identity does not match this row'
              : 'IPP already used by another patient';
          issues.push({ path: ['rows', row.line, localIdColumn], message });
        }
      } else if (best?.band === 'probable') {
        decisions.push({
          row,
          outcome: 'linked',
          best,
          linkedTo: { patientId: best.patient.id, regionalId: best.patient.regionalId, alreadyRegistered: false },
        });
      } else {
        decisions.push({ row, outcome: best?.band === 'possible' ? 'sent_to_review' : 'new', best });
      }
    }
    if ((index + 1) % progressEvery === 0) {
      await onProgress(index + 1);
    }
  }
  return { decisions, issues };
}
