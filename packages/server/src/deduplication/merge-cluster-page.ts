import { randomUUID } from 'node:crypto';
import {
  applySurvivorship,
  orderPair,
  patientBlockingKeys,
  toDemographics,
  type ClusterMerge,
  type FieldChange,
  type Patient,
  type PatientDemographics,
} from '@tansiq/domain';
import {
  findPatientsByIds,
  insertAuditEvents,
  insertPatientMerges,
  insertPatientVersions,
  listGoldenRecordMembers,
  lockDuplicatePairs,
  lockPatientRows,
  markPatientsMerged,
  recordDuplicatePairsMerged,
  replaceMatchKeysOfMany,
  supersedePendingPairsOfMany,
  updatePatientStates,
  type Tx,
} from '@tansiq/db';
import { auditEventFor } from '../audit/audit-event-for';
import { systemRequestId } from '../audit/system-request-id';

/** One automatic merge of a cluster, as mergePatients would write it. */
interface PlannedMerge {
  mergeId: string;
  survivor: Patient;
  merged: Patient;
  probability: number;
  /** The survivor's state and version after this merge, and what it changed. */
  state: PatientDemographics;
  version: number;
  changes: FieldChange[];
  requestId: string;
}

/**
 * Merges a page of clusters automatically inside the caller's transaction with a few set-based statements: the same
 * rows as `mergePatients` called for each merge of each cluster in turn (survivor versions one by one, merged records'
 * versions, `patient_merges` for unmerge, pair decisions, superseded pairs, golden records' blocking keys from all
 * their members, one audit event per merge). Rows are locked first, in id order; a cluster one of whose records is
 * no longer active, or one of whose pairs a reviewer said is two people, is left out (as the per-merge path's conflict
 * would), its pairs pending for review. Returns the clusters merged.
 */
export async function mergeClusterPage(
  tx: Tx,
  input: { gstId: string; runId: string; clusters: readonly ClusterMerge[] },
): Promise<ClusterMerge[]> {
  const { gstId, runId } = input;
  const clusters = await lockMergeableClusters(tx, gstId, input.clusters);
  if (clusters.length === 0) {
    return [];
  }
  const records = new Map(
    (await findPatientsByIds(tx, gstId, clusters.flatMap(clusterIds))).map((record) => [record.id, record]),
  );
  const merges = clusters.flatMap((cluster) => planMerges(cluster, records));
  const survivorIds = await writeRecords(tx, gstId, runId, merges);
  const mergedIds = merges.map((merge) => merge.merged.id);
  await recordPairDecisions(tx, gstId, runId, merges);
  await refreshGoldenKeys(tx, gstId, survivorIds, mergedIds);
  await insertAuditEvents(tx, merges.map(auditEventOf(gstId, runId)));
  return clusters;
}

/** The survivors' last states, the merged records, both sides' versions and the merges; returns the survivors. */
async function writeRecords(tx: Tx, gstId: string, runId: string, merges: readonly PlannedMerge[]): Promise<string[]> {
  const survivors = [...new Map(merges.map((merge) => [merge.survivor.id, merge])).values()];
  await updatePatientStates(
    tx,
    gstId,
    survivors.map((last) => ({ id: last.survivor.id, version: last.version, state: last.state })),
  );
  await markPatientsMerged(
    tx,
    gstId,
    merges.map((merge) => ({ id: merge.merged.id, survivorId: merge.survivor.id })),
  );
  await insertPatientVersions(tx, gstId, merges.flatMap(versionEntries), null);
  await insertPatientMerges(
    tx,
    gstId,
    merges.map((merge) => ({
      id: merge.mergeId,
      survivorId: merge.survivor.id,
      mergedId: merge.merged.id,
      survivorChanges: merge.changes,
      automatic: true,
      runId,
      probability: merge.probability,
    })),
    null,
  );
  return survivors.map((last) => last.survivor.id);
}

/** Each merged pair's decision (created when never queued), and the merged records' other pending pairs superseded. */
async function recordPairDecisions(
  tx: Tx,
  gstId: string,
  runId: string,
  merges: readonly PlannedMerge[],
): Promise<void> {
  const pairs = merges.map((merge) => ({ ...orderPair(merge.survivor.id, merge.merged.id), merge }));
  await recordDuplicatePairsMerged(
    tx,
    gstId,
    pairs.map(({ patientAId, patientBId, merge }) => ({
      patientAId,
      patientBId,
      automatic: true,
      probability: merge.probability,
      reasons: [],
      source: 'batch' as const,
      runId,
    })),
    null,
  );
  await supersedePendingPairsOfMany(
    tx,
    gstId,
    merges.map((merge) => merge.merged.id),
    pairs,
  );
}

const clusterIds = (cluster: ClusterMerge): string[] => [
  cluster.survivorId,
  ...cluster.merges.map((merge) => merge.mergedId),
];

/** Locks the page's records and merged pairs; keeps the clusters whose records are all active and not kept apart. */
async function lockMergeableClusters(
  tx: Tx,
  gstId: string,
  clusters: readonly ClusterMerge[],
): Promise<ClusterMerge[]> {
  const locked = await lockPatientRows(tx, gstId, clusters.flatMap(clusterIds));
  const active = new Set(locked.filter((row) => row.status === 'active').map((row) => row.id));
  const pairKey = (pair: { patientAId: string; patientBId: string }) => `${pair.patientAId} ${pair.patientBId}`;
  const decided = await lockDuplicatePairs(
    tx,
    gstId,
    clusters.flatMap((cluster) => cluster.merges.map((merge) => orderPair(cluster.survivorId, merge.mergedId))),
  );
  const apart = new Set(decided.filter((pair) => pair.status === 'not_duplicate').map(pairKey));
  return clusters.filter(
    (cluster) =>
      clusterIds(cluster).every((id) => active.has(id)) &&
      cluster.merges.every(
        (merge) =>
          merge.mergedId !== cluster.survivorId && !apart.has(pairKey(orderPair(cluster.survivorId, merge.mergedId))),
      ),
  );
}

/** A cluster's merges in order, each applying the survivorship rules to the survivor's state after the previous one. */
function planMerges(cluster: ClusterMerge, records: ReadonlyMap<string, Patient>): PlannedMerge[] {
  const survivor = records.get(cluster.survivorId);
  if (!survivor) {
    return [];
  }
  const requestId = systemRequestId();
  let state = toDemographics(survivor);
  let version = survivor.version;
  return cluster.merges.flatMap((merge) => {
    const merged = records.get(merge.mergedId);
    if (!merged) {
      return [];
    }
    const applied = applySurvivorship(state, toDemographics(merged));
    state = applied.state;
    version += 1;
    return [
      {
        mergeId: randomUUID(),
        survivor,
        merged,
        probability: merge.probability,
        state,
        version,
        changes: applied.changes,
        requestId,
      },
    ];
  });
}

/** The survivor's version entry of a merge and the merged record's (see updatePatientState and markPatientMerged). */
function versionEntries(merge: PlannedMerge) {
  return [
    { id: merge.survivor.id, version: merge.version, state: merge.state, action: 'merged', changes: merge.changes },
    {
      id: merge.merged.id,
      version: merge.merged.version + 1,
      state: toDemographics(merge.merged),
      action: 'merged_into',
      changes: [
        { field: 'status', before: 'active', after: 'merged' },
        { field: 'mergedIntoId', before: null, after: merge.survivor.id },
      ],
    },
  ];
}

/** Recomputes each golden record's blocking keys from all its members (see refreshMatchKeys). */
async function refreshGoldenKeys(
  tx: Tx,
  gstId: string,
  goldenIds: readonly string[],
  formerIds: readonly string[],
): Promise<void> {
  const membersOf = await listGoldenRecordMembers(tx, gstId, goldenIds);
  const states = new Map(
    (await findPatientsByIds(tx, gstId, [...membersOf.values()].flat())).map((record) => [
      record.id,
      toDemographics(record),
    ]),
  );
  const keys = goldenIds.flatMap((goldenId) => {
    const members = (membersOf.get(goldenId) ?? []).flatMap((id) => states.get(id) ?? []);
    return [...new Set(patientBlockingKeys(members).flat())].map((key) => ({ patientId: goldenId, key }));
  });
  await replaceMatchKeysOfMany(tx, gstId, keys, goldenIds, formerIds);
}

/** The `patient.merge` audit event of one merge, as mergePatients records it for the system. */
function auditEventOf(gstId: string, runId: string) {
  return (merge: PlannedMerge) =>
    auditEventFor(
      { actor: null, requestId: merge.requestId, ip: null },
      {
        action: 'patient.merge',
        entityType: 'patient',
        entityId: merge.survivor.id,
        gstId,
        patientId: merge.survivor.id,
        details: {
          mergeId: merge.mergeId,
          mergedId: merge.merged.id,
          automatic: true,
          probability: merge.probability,
          runId,
          fields: merge.changes.map((change) => change.field),
        },
      },
    );
}
