import { randomUUID } from 'node:crypto';
import { applySurvivorship, conflict, orderPair, toDemographics, type Actor, type MatchReason } from '@tansiq/domain';
import {
  findPatientsByIds,
  insertAuditEvent,
  insertPatientMerge,
  lockDuplicatePair,
  lockPatientRows,
  markPatientMerged,
  recordDuplicatePairMerged,
  supersedePendingPairsOf,
  updatePatientState,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';
import { refreshMatchKeys } from './refresh-match-keys';

/** Who merges: a reviewer in a request, or the system (`actor` null: the batch deduplication job). */
export interface MergeContext {
  actor: Actor | null;
  requestId: string | null;
  ip: string | null;
}

export interface MergePatientsInput {
  gstId: string;
  survivorId: string;
  mergedId: string;
  automatic: boolean;
  runId?: string | null;
  probability?: number | null;
  reasons?: MatchReason[];
}

/**
 * Merges one patient into another inside the caller's transaction; the survivor becomes (or stays) the golden record.
 * Both rows are locked first, so of two concurrent merges of the same records one wins and the other gets a conflict.
 * The survivor takes the survivorship rules' state (version + 1, `merged`), the merged record keeps its row, IPPs and
 * encounters but points to the survivor (`merged_into`), the pair's row records the decision (created if the pair was
 * never queued), other pending pairs of the merged record are superseded, the golden record's blocking keys are
 * recomputed from all its members, and the merge is audited. Authorization is the caller's.
 * @throws AppError conflict when either record is no longer active, they are not of the GST, or (automatic merges) a
 * reviewer already said they are two people.
 */
export async function mergePatients(
  tx: Tx,
  context: MergeContext,
  input: MergePatientsInput,
): Promise<{ mergeId: string }> {
  const { gstId, survivorId, mergedId, automatic } = input;
  if (survivorId === mergedId) {
    throw conflict('A patient cannot be merged into itself');
  }
  const locked = await lockPatientRows(tx, gstId, [survivorId, mergedId]);
  if (locked.length !== 2 || locked.some((row) => row.status !== 'active')) {
    throw conflict('Both patients must be active records of the same GST; one of them was merged in the meantime');
  }
  const pair = orderPair(survivorId, mergedId);
  const decision = await lockDuplicatePair(tx, gstId, pair);
  if (automatic && decision?.status === 'not_duplicate') {
    throw conflict('A reviewer decided that these patients are two people');
  }
  const records = await findPatientsByIds(tx, gstId, [survivorId, mergedId]);
  const survivor = records.find((record) => record.id === survivorId);
  const merged = records.find((record) => record.id === mergedId);
  if (!survivor || !merged) {
    throw conflict('Both patients must be active records of the same GST');
  }
  const actorUserId = context.actor?.userId ?? null;
  const { state, changes } = applySurvivorship(toDemographics(survivor), toDemographics(merged));
  await updatePatientState(
    tx,
    gstId,
    { id: survivorId, version: survivor.version + 1, state, action: 'merged', changes },
    actorUserId,
  );
  await markPatientMerged(tx, gstId, { id: mergedId, survivorId, state: toDemographics(merged) }, actorUserId);
  const mergeId = randomUUID();
  const probability = input.probability ?? null;
  const runId = input.runId ?? null;
  await insertPatientMerge(
    tx,
    gstId,
    { id: mergeId, survivorId, mergedId, survivorChanges: changes, automatic, runId, probability },
    actorUserId,
  );
  await recordDuplicatePairMerged(
    tx,
    gstId,
    {
      ...pair,
      automatic,
      // A pair merged without a score was judged by a person: as certain as the queue gets.
      probability: probability ?? 1,
      reasons: input.reasons ?? [],
      source: automatic || runId !== null ? 'batch' : 'registration',
      runId,
    },
    actorUserId,
  );
  await supersedePendingPairsOf(tx, gstId, mergedId, pair);
  await refreshMatchKeys(tx, gstId, survivorId, [mergedId]);
  await insertAuditEvent(
    tx,
    auditEventFor(
      { ...context, requestId: context.requestId ?? systemRequestId() },
      {
        action: 'patient.merge',
        entityType: 'patient',
        entityId: survivorId,
        gstId,
        patientId: survivorId,
        details: { mergeId, mergedId, automatic, probability, runId, fields: changes.map((change) => change.field) },
      },
    ),
  );
  return { mergeId };
}
