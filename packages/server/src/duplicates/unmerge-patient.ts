import { conflict, orderPair, revertSurvivorship, toDemographics } from '@tansiq/domain';
import {
  findGoldenPatientId,
  findPatientsByIds,
  insertAuditEvent,
  lockOpenPatientMerge,
  lockPatientRows,
  markPatientMergeUndone,
  restoreMergedPatient,
  setDuplicatePairStatus,
  updatePatientState,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import type { MergeContext } from './merge-patients';
import { refreshMatchKeys } from './refresh-match-keys';

/**
 * Undoes an open merge inside the caller's transaction: the merged record is active again with its own state, IPPs
 * and encounters (they never moved); the survivor gets back what the merge changed, except the fields edited since
 * (`revertSurvivorship`); both versions are recorded; the pair is remembered as two people unless `requeue` sends it
 * back to the queue; both golden records' blocking keys are recomputed; and the unmerge is audited.
 * Authorization is the caller's.
 * @throws AppError conflict when the merge was already undone or the records changed under it.
 */
export async function unmergePatient(
  tx: Tx,
  context: MergeContext,
  input: { gstId: string; mergeId: string; requeue?: boolean },
): Promise<{ mergeId: string; survivorId: string; restoredId: string }> {
  const { gstId, mergeId } = input;
  const merge = await lockOpenPatientMerge(tx, gstId, mergeId);
  const { survivorId, mergedId } = merge;
  const locked = await lockPatientRows(tx, gstId, [survivorId, mergedId]);
  const mergedRow = locked.find((row) => row.id === mergedId);
  if (locked.length !== 2 || mergedRow?.mergedIntoId !== survivorId) {
    throw conflict('These records changed since the merge; reload and try again');
  }
  const [survivor] = await findPatientsByIds(tx, gstId, [survivorId]);
  const [merged] = await findPatientsByIds(tx, gstId, [mergedId]);
  if (!survivor || !merged) {
    throw conflict('These records changed since the merge; reload and try again');
  }
  const actorUserId = context.actor?.userId ?? null;
  const { state, changes } = revertSurvivorship(toDemographics(survivor), merge.survivorChanges);
  await updatePatientState(
    tx,
    gstId,
    { id: survivorId, version: survivor.version + 1, state, action: 'unmerged', changes },
    actorUserId,
  );
  await restoreMergedPatient(tx, gstId, { id: mergedId, survivorId, state: toDemographics(merged) }, actorUserId);
  await markPatientMergeUndone(tx, gstId, mergeId, actorUserId);
  const requeue = input.requeue ?? false;
  await setDuplicatePairStatus(
    tx,
    gstId,
    orderPair(survivorId, mergedId),
    { status: requeue ? 'pending' : 'not_duplicate' },
    actorUserId,
  );
  // The survivor may itself have been merged into a third record since: its golden record's keys change too.
  const goldenId = (await findGoldenPatientId(tx, gstId, survivorId)) ?? survivorId;
  await refreshMatchKeys(tx, gstId, goldenId);
  await refreshMatchKeys(tx, gstId, mergedId);
  await insertAuditEvent(
    tx,
    auditEventFor(
      { ...context, requestId: context.requestId ?? systemRequestId() },
      {
        action: 'patient.unmerge',
        entityType: 'patient',
        entityId: survivorId,
        gstId,
        patientId: survivorId,
        details: { mergeId, restoredId: mergedId, requeue, fields: changes.map((change) => change.field) },
      },
    ),
  );
  return { mergeId, survivorId, restoredId: mergedId };
}
