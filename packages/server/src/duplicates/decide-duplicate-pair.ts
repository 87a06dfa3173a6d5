import {
  conflict,
  validationFailed,
  type DuplicatePair,
  type MarkNotDuplicateInput,
  type MergeDuplicatePairInput,
  type MergeResult,
} from '@tansiq/domain';
import {
  findDuplicatePair,
  findPatientsByIds,
  insertAuditEvent,
  lockDuplicatePair,
  lockPatientRows,
  setDuplicatePairStatus,
  type Db,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import type { RequestContext } from '../http/request-context';
import { getDuplicatePairInScope } from './duplicate-access';
import { presentDuplicatePair } from './duplicate-presenter';
import { mergePatients } from './merge-patients';

type PairIds = { patientAId: string; patientBId: string };

/** A reviewer may merge a pending pair, or change their mind on a pair they said were two people. */
const mergeableStatuses = new Set(['pending', 'not_duplicate']);

/**
 * Merges a queued pair into the survivor the reviewer chose. The patient rows are locked before the pair's row, in the
 * same order as `mergePatients` (the batch job's path), so concurrent merges queue instead of deadlocking; the pair's
 * `version` must be the one the reviewer saw.
 * @throws AppError validation_failed (survivor not in the pair), not_found, forbidden, conflict (stale version,
 * pair already decided, a record no longer active).
 */
export async function mergeDuplicatePair(
  db: Db,
  context: RequestContext,
  ids: PairIds,
  input: MergeDuplicatePairInput,
): Promise<MergeResult> {
  const survivorId = input.survivorId.toLowerCase();
  const pairIds = [ids.patientAId.toLowerCase(), ids.patientBId.toLowerCase()];
  const mergedId = pairIds.find((id) => id !== survivorId);
  if (!pairIds.includes(survivorId) || mergedId === undefined) {
    throw validationFailed('The survivor must be one of the two patients', [
      { path: ['survivorId'], message: 'Choose one of the two patients of the pair' },
    ]);
  }
  return db.transaction(async (tx) => {
    const row = await getDuplicatePairInScope(tx, context.actor, ids);
    await lockPatientRows(tx, row.gstId, [survivorId, mergedId]);
    const current = await lockDuplicatePair(tx, row.gstId, row);
    if (!current || current.version !== input.version || !mergeableStatuses.has(current.status)) {
      throw conflict('This pair was decided or changed by someone else in the meantime; reload it');
    }
    const { mergeId } = await mergePatients(tx, context, {
      gstId: row.gstId,
      survivorId,
      mergedId,
      automatic: false,
      probability: row.probability,
      reasons: row.reasons,
    });
    return { mergeId, goldenId: survivorId, mergedId };
  });
}

/**
 * "Not the same person": remembered on the pair's row, which later searches and batch runs never overwrite (they
 * insert pairs with ON CONFLICT DO NOTHING), so the pair does not come back to the queue.
 * @throws AppError not_found, forbidden, conflict (stale version or pair no longer pending).
 */
export async function markNotDuplicate(
  db: Db,
  context: RequestContext,
  ids: PairIds,
  input: MarkNotDuplicateInput,
): Promise<DuplicatePair> {
  return db.transaction(async (tx) => {
    const row = await getDuplicatePairInScope(tx, context.actor, ids);
    const changed = await setDuplicatePairStatus(
      tx,
      row.gstId,
      row,
      { status: 'not_duplicate', expectedVersion: input.version, fromStatuses: ['pending'] },
      context.actor.userId,
    );
    if (!changed) {
      throw conflict('This pair was decided or changed by someone else in the meantime; reload it');
    }
    await insertAuditEvent(
      tx,
      auditEventFor(context, {
        action: 'duplicate.not_duplicate',
        entityType: 'patient',
        entityId: row.patientAId,
        gstId: row.gstId,
        patientId: row.patientAId,
        details: { patientAId: row.patientAId, patientBId: row.patientBId, probability: row.probability },
      }),
    );
    const decided = (await findDuplicatePair(tx, row.gstId, row)) ?? row;
    const patients = await findPatientsByIds(tx, row.gstId, [row.patientAId, row.patientBId]);
    return presentDuplicatePair(decided, new Map(patients.map((patient) => [patient.id, patient])));
  });
}
