import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { isAppError, orderPair, type ClusterMerge } from '@tansiq/domain';
import { insertMatchCandidates, queryRows, setDuplicatePairStatus, type DatabaseHandle, type Db } from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { systemRequestId } from '../audit/system-request-id';
import { mergePatients } from '../duplicates/merge-patients';
import { unmergePatient } from '../duplicates/unmerge-patient';
import { insertTestPopulation } from './deduplication-test-population';
import { mergeClusterPage } from './merge-cluster-page';

// Region 12, in this file's own database (a clone of the template). Two
// copies of one generated population (the same seed, other ids) are merged the same way, one per path, and compared.
let handle: DatabaseHandle;
let db: Db;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
}, 120_000);

afterAll(async () => {
  await handle.close();
});

const system = () => ({ actor: null, requestId: systemRequestId(), ip: null });

/** One copy's clusters (the generator's people seen more than once), with its scenarios, by record index. */
interface Scenario {
  clusters: { survivor: number; merged: number[] }[];
  pending: [number, number][];
  separated: [number, number];
  earlier: [number, number];
}

/** The clusters of a population by index: the first record of each person survives. */
function scenarioOf(personIds: readonly string[]): Scenario {
  const byPerson = new Map<string, number[]>();
  personIds.forEach((personId, index) => byPerson.set(personId, [...(byPerson.get(personId) ?? []), index]));
  const groups = [...byPerson.values()].filter((group) => group.length >= 2).slice(0, 30);
  const [first, second, third, fourth, fifth] = groups;
  if (!first || !second || !third || !fourth || !fifth || (first[1] ?? -1) < 0) {
    throw new Error('The population has too few duplicated people');
  }
  const at = (group: number[], index: number) => group[index] ?? -1;
  return {
    clusters: groups.map((group) => ({ survivor: at(group, 0), merged: group.slice(1) })),
    // The merged pair itself, a pair across two clusters, a survivor with an outsider.
    pending: [
      [at(first, 0), at(first, 1)],
      [at(first, 1), at(second, 1)],
      [at(third, 0), at(second, 0)],
    ],
    // A reviewer said these two are two people: their cluster is left alone.
    separated: [at(fourth, 0), at(fourth, 1)],
    // Merged before: its survivor's keys come from this older member too, and a cluster holding it is left alone.
    earlier: [at(fifth, 0), at(fifth, 1)],
  };
}

async function prepareCopy(gstId: string, ids: readonly string[], scenario: Scenario): Promise<ClusterMerge[]> {
  const id = (index: number) => ids[index] ?? '';
  await db.transaction(async (tx) => {
    await insertMatchCandidates(
      tx,
      gstId,
      scenario.pending.map(([a, b]) => ({
        patientIds: [orderPair(id(a), id(b)).patientAId, orderPair(id(a), id(b)).patientBId],
        probability: 0.97,
        reasons: [],
        source: 'batch',
      })),
    );
    const [a, b] = scenario.separated;
    await insertMatchCandidates(tx, gstId, [
      {
        patientIds: [orderPair(id(a), id(b)).patientAId, orderPair(id(a), id(b)).patientBId],
        probability: 0.99,
        reasons: [],
        source: 'registration',
      },
    ]);
    await setDuplicatePairStatus(tx, gstId, orderPair(id(a), id(b)), { status: 'not_duplicate' }, null);
    const [survivor, merged] = scenario.earlier;
    await mergePatients(tx, system(), { gstId, survivorId: id(survivor), mergedId: id(merged), automatic: false });
  });
  return scenario.clusters.map((cluster, index) => ({
    survivorId: id(cluster.survivor),
    merges: cluster.merged.map((merged) => ({ mergedId: id(merged), probability: 0.9 + index / 1_000 })),
  }));
}

/** Everything a merge writes about these patients, timestamps and random ids aside, with ids renamed to `names`. */
async function endStateOf(gstId: string, ids: readonly string[], names: readonly string[]) {
  const rename = new Map(ids.map((id, index) => [id, names[index] ?? '']));
  const renamed = (text: string) =>
    text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => rename.get(id) ?? id);
  const param = sql.param([...ids]);
  const read = async (query: ReturnType<typeof sql>) =>
    (await queryRows(db, query)).map((row) => {
      // A pair is stored in id order, which the renaming does not keep: compare it as a set.
      const pair = [row.a, row.b].flatMap((id) => (typeof id === 'string' ? [renamed(id)] : [])).sort();
      return `${renamed(String(row.line))} ${pair.join(' ')}`;
    });
  const lines = [
    ...(await read(sql`select (to_jsonb(p) - 'regional_id' - 'created_at' - 'updated_at')::text as line
      from patients p where gst_id = ${gstId} and id = any(${param}::uuid[])`)),
    ...(await read(sql`select (to_jsonb(v) - 'changed_at')::text as line
      from patient_versions v where gst_id = ${gstId} and patient_id = any(${param}::uuid[])`)),
    ...(await read(sql`select (to_jsonb(m) - 'id' - 'merged_at' - 'undone_at'
        || jsonb_build_object('undone', undone_at is not null))::text as line
      from patient_merges m where gst_id = ${gstId} and merged_id = any(${param}::uuid[])`)),
    ...(await read(sql`select (to_jsonb(c) - 'created_at' - 'decided_at' - 'patient_a_id' - 'patient_b_id'
        || jsonb_build_object('decided', decided_at is not null))::text as line, patient_a_id::text as a,
        patient_b_id::text as b
      from match_candidates c where gst_id = ${gstId} and patient_a_id = any(${param}::uuid[])`)),
    ...(await read(sql`select patient_id || ' ' || key as line
      from patient_match_keys where gst_id = ${gstId} and patient_id = any(${param}::uuid[])`)),
    ...(await read(sql`select (to_jsonb(a) - 'id' - 'occurred_at' - 'request_id'
        || jsonb_build_object('details', details - 'mergeId'))::text as line
      from audit_events a where gst_id = ${gstId} and patient_id = any(${param}::text[])`)),
  ];
  return lines.sort();
}

describe('mergeClusterPage', () => {
  it('leaves the same end state as merging the same clusters one merge at a time', async () => {
    const gstId = (await gstOf(db, '12')).id;
    const one = await insertTestPopulation(db, [gstId], { people: 120, seed: 41 });
    const bulk = await insertTestPopulation(db, [gstId], { people: 120, seed: 41 });
    expect(bulk.map((patient) => patient.personId)).toEqual(one.map((patient) => patient.personId));
    const scenario = scenarioOf(one.map((patient) => patient.personId));
    const oneIds = one.map((patient) => patient.id);
    const bulkIds = bulk.map((patient) => patient.id);
    const runId = randomUUID();

    const oneClusters = await prepareCopy(gstId, oneIds, scenario);
    let mergedOneByOne = 0;
    for (const cluster of oneClusters) {
      try {
        await db.transaction(async (tx) => {
          const context = system();
          for (const merge of cluster.merges) {
            await mergePatients(tx, context, {
              gstId,
              survivorId: cluster.survivorId,
              mergedId: merge.mergedId,
              automatic: true,
              runId,
              probability: merge.probability,
            });
          }
        });
        mergedOneByOne += 1;
      } catch (error) {
        if (!isAppError(error) || error.code !== 'conflict') {
          throw error;
        }
      }
    }

    const bulkClusters = await prepareCopy(gstId, bulkIds, scenario);
    let mergedInBulk = 0;
    for (let start = 0; start < bulkClusters.length; start += 7) {
      const clusters = bulkClusters.slice(start, start + 7);
      mergedInBulk += (await db.transaction((tx) => mergeClusterPage(tx, { gstId, runId, clusters }))).length;
    }

    expect(mergedInBulk).toBe(mergedOneByOne);
    expect(mergedInBulk).toBe(scenario.clusters.length - 2);
    const names = oneIds.map((_, index) => `patient-${index}`);
    const expected = await endStateOf(gstId, oneIds, names);
    expect(expected.some((line) => line.includes('"auto_merged"'))).toBe(true);
    expect(expected.some((line) => line.includes('"superseded"'))).toBe(true);
    expect(await endStateOf(gstId, bulkIds, names)).toEqual(expected);

    // A bulk merge is undone like any other.
    const [merge] = await queryRows(
      db,
      sql`select id from patient_merges where gst_id = ${gstId} and run_id = ${runId}
        and merged_id = any(${sql.param(bulkIds)}::uuid[]) limit 1`,
    );
    await db.transaction((tx) => unmergePatient(tx, system(), { gstId, mergeId: String(merge?.id) }));
    const [restored] = await queryRows(
      db,
      sql`select m.merged_id, p.status from patient_merges m
        join patients p on p.gst_id = m.gst_id and p.id = m.merged_id
        where m.gst_id = ${gstId} and m.id = ${String(merge?.id)}`,
    );
    expect(restored?.status).toBe('active');
  }, 180_000);
});
