import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { generatePopulation, syntheticToPatientInput, trainPatientMatchModel, type MatchModel } from '@tansiq/domain';
import {
  findDeduplicationRun,
  insertDeduplicationRun,
  insertMatchCandidates,
  insertMatchModel,
  listCommunes,
  queryRows,
  setDuplicatePairStatus,
  type DatabaseHandle,
  type Db,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { openTestDatabase } from '../testing/test-database';
import type { JobQueue } from '../jobs/job-queue';
import { insertTestPopulation } from './deduplication-test-population';
import { deduplicationJobName, resumeInterruptedRuns } from './deduplication-job';
import { runDeduplication } from './run-deduplication';

// Each test works on whole GSTs no other test of this file uses (a run reads a GST's entire index): regions 03–09, one
// or more per test; the file has a database of its own.
let handle: DatabaseHandle;
let db: Db;
let model: MatchModel;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  const communes = (await listCommunes(db, { regionCode: '01' })).map((commune) => ({ ...commune }));
  model = trainPatientMatchModel(
    generatePopulation({ count: 2_000, seed: 31, communes }).map(syntheticToPatientInput),
    {
      randomPairs: 100_000,
    },
  );
}, 120_000);

afterAll(async () => {
  await handle.close();
});

/** A GST of its own for a test, with the test model as its current model. */
async function prepareGst(regionCode: string): Promise<string> {
  const gst = await gstOf(db, regionCode);
  await insertMatchModel(db, gst.id, { model, source: 'bootstrap', trainedOn: 2_000 });
  return gst.id;
}

async function queueRun(gstId: string): Promise<string> {
  const id = randomUUID();
  await db.transaction((tx) => insertDeduplicationRun(tx, { gstId, id, scope: 'index', requestedBy: null }));
  return id;
}

async function getRun(id: string) {
  const run = await findDeduplicationRun(db, id);
  if (!run) {
    throw new Error('run not found');
  }
  return run;
}

/** What a run left in the index: every pair row and every patient's status, comparable across GSTs. */
async function outcomeOf(gstId: string) {
  const pairs = await queryRows(
    db,
    sql`select patient_a_id, patient_b_id, round(probability::numeric, 9)::text as probability, status, source
      from match_candidates where gst_id = ${gstId} order by patient_a_id, patient_b_id`,
  );
  const patients = await queryRows(
    db,
    sql`select id, status, merged_into_id from patients where gst_id = ${gstId} order by id`,
  );
  const merges = await queryRows(
    db,
    sql`select survivor_id, merged_id, automatic from patient_merges where gst_id = ${gstId} order by merged_id`,
  );
  return { pairs, patients, merges };
}

const countersOf = (run: Awaited<ReturnType<typeof getRun>>) => ({
  status: run.status,
  phase: run.phase,
  keysTotal: run.keysTotal,
  keysDone: run.keysDone,
  candidatePairs: run.candidatePairs,
  comparisons: run.comparisons,
  autoMerged: run.autoMerged,
  sentToReview: run.sentToReview,
  modelVersion: run.modelVersion,
  linkThreshold: run.linkThreshold,
  reviewThreshold: run.reviewThreshold,
});

describe('runDeduplication', () => {
  it('merges true duplicates above the link threshold and queues the doubtful pairs for review', async () => {
    const gstId = await prepareGst('03');
    const population = await insertTestPopulation(db, [gstId], { people: 250, seed: 5 });
    const runId = await queueRun(gstId);
    await runDeduplication(db, runId, { pageSize: 100 });

    const run = await getRun(runId);
    expect(run).toMatchObject({ status: 'succeeded', phase: 'done', cursor: null, error: null });
    expect(run.modelVersion).toBe(1);
    expect(run.linkThreshold).toBe(model.thresholds.link);
    expect(run.keysDone).toBe(run.keysTotal);
    expect(run.comparisons).toBeGreaterThan(0);
    expect(run.candidatePairs).toBeGreaterThanOrEqual(run.comparisons);
    expect(run.finishedAt).not.toBeNull();

    const personOf = new Map(population.map((patient) => [patient.id, patient.personId]));
    const { merges, pairs } = await outcomeOf(gstId);
    expect(merges.length).toBe(run.autoMerged);
    expect(run.autoMerged).toBeGreaterThan(population.length * 0.1);
    const trueMerges = merges.filter(
      (merge) => personOf.get(String(merge.survivor_id)) === personOf.get(String(merge.merged_id)),
    );
    expect(trueMerges.length / merges.length).toBeGreaterThan(0.95);
    expect(merges.every((merge) => merge.automatic === true)).toBe(true);
    // Every pair the run kept is at or above the review threshold, from the batch.
    expect(pairs.every((pair) => Number(pair.probability) >= (run.reviewThreshold ?? 1) - 1e-9)).toBe(true);
    expect(pairs.every((pair) => pair.source === 'batch')).toBe(true);
    expect(pairs.filter((pair) => pair.status === 'auto_merged').length).toBeGreaterThan(0);
    const pending = pairs.filter((pair) => pair.status === 'pending').length;
    expect(run.sentToReview).toBeGreaterThanOrEqual(pending);

    const audit = await queryRows(
      db,
      sql`select action, count(*)::int as count from audit_events where gst_id = ${gstId} group by action`,
    );
    const counts = Object.fromEntries(audit.map((row) => [row.action, Number(row.count)]));
    expect(counts['patient.merge']).toBe(run.autoMerged);
    expect(counts['deduplication.finish']).toBe(1);
  }, 180_000);

  it('never queues again nor merges a pair a reviewer said is two people', async () => {
    const gstId = await prepareGst('04');
    const same = {
      givenNameLatin: 'Youssef',
      familyNameLatin: 'Ouazzani',
      sex: 'male' as const,
      birthDate: '1979-06-21',
      cin: 'LB402118',
      phones: ['0661223344'],
    };
    const first = await buildPatient(db, gstId, { overrides: same });
    const second = await buildPatient(db, gstId, { overrides: same });
    const twinA = await buildPatient(db, gstId, { overrides: { ...same, givenNameLatin: 'Hamza', cin: 'LB771002' } });
    const twinB = await buildPatient(db, gstId, { overrides: { ...same, givenNameLatin: 'Hamza', cin: 'LB771002' } });
    const [a, b] = [first.id, second.id].sort() as [string, string];
    await db.transaction(async (tx) => {
      await insertMatchCandidates(tx, gstId, [
        { patientIds: [a, b], probability: 0.99, reasons: [], source: 'registration' },
      ]);
      await setDuplicatePairStatus(tx, gstId, { patientAId: a, patientBId: b }, { status: 'not_duplicate' }, null);
    });
    const runId = await queueRun(gstId);
    await runDeduplication(db, runId);

    const { pairs, patients } = await outcomeOf(gstId);
    expect(pairs.find((pair) => pair.patient_a_id === a && pair.patient_b_id === b)?.status).toBe('not_duplicate');
    const statusOf = new Map(patients.map((patient) => [String(patient.id), patient.status]));
    expect([statusOf.get(first.id), statusOf.get(second.id)]).toEqual(['active', 'active']);
    // The other pair, never decided, is merged.
    expect([statusOf.get(twinA.id), statusOf.get(twinB.id)].sort()).toEqual(['active', 'merged']);
    expect((await getRun(runId)).autoMerged).toBe(1);
  }, 120_000);

  it('resumes after a kill without losing or repeating work: the same pairs and merges as an uninterrupted run', async () => {
    const [whole, killed, killedTwice] = [await prepareGst('05'), await prepareGst('06'), await prepareGst('07')];
    await insertTestPopulation(db, [whole, killed, killedTwice], { people: 200, seed: 17 });
    const options = { pageSize: 40 };

    const wholeRun = await queueRun(whole);
    await runDeduplication(db, wholeRun, options);

    // Killed after the first committed page of keys, then retried.
    const killedRun = await queueRun(killed);
    await expect(runDeduplication(db, killedRun, { ...options, stopAfterPages: 1 })).rejects.toThrow(/simulated kill/);
    const stopped = await getRun(killedRun);
    expect(stopped).toMatchObject({ status: 'failed', phase: 'scoring', keysDone: expect.any(Number) as number });
    expect(stopped.keysDone).toBeGreaterThan(0);
    expect(stopped.keysDone).toBeLessThan(stopped.keysTotal);
    expect(stopped.error).toMatch(/simulated kill/);
    await runDeduplication(db, killedRun, options);

    // Killed twice: once while scoring, once between two cluster merges.
    const killedTwiceRun = await queueRun(killedTwice);
    await expect(runDeduplication(db, killedTwiceRun, { ...options, stopAfterPages: 3 })).rejects.toThrow();
    await expect(runDeduplication(db, killedTwiceRun, { ...options, stopAfterClusters: 2 })).rejects.toThrow();
    expect((await getRun(killedTwiceRun)).phase).toBe('clustering');
    await runDeduplication(db, killedTwiceRun, options);

    const expected = countersOf(await getRun(wholeRun));
    expect(expected.autoMerged).toBeGreaterThan(0);
    expect(countersOf(await getRun(killedRun))).toEqual(expected);
    expect(countersOf(await getRun(killedTwiceRun))).toEqual(expected);
    const reference = await outcomeOf(whole);
    expect(await outcomeOf(killed)).toEqual(reference);
    expect(await outcomeOf(killedTwice)).toEqual(reference);
  }, 300_000);

  it('learns a new model on the index when it is large enough, and records it on the run', async () => {
    const gstId = await prepareGst('08');
    await insertTestPopulation(db, [gstId], { people: 150, seed: 23 });
    const runId = await queueRun(gstId);
    await runDeduplication(db, runId, { minimumPatientsForTraining: 100 });
    const run = await getRun(runId);
    const [stored] = await queryRows(
      db,
      sql`select version, source, trained_on from match_models
        where gst_id = ${gstId} order by version desc limit 1`,
    );
    expect(stored).toMatchObject({ version: 2, source: 'index' });
    expect(Number(stored?.trained_on)).toBeGreaterThanOrEqual(150);
    expect(run.modelVersion).toBe(2);
    expect(run.status).toBe('succeeded');
  }, 180_000);

  it('leaves a finished run alone and re-sends the job of runs left queued or running', async () => {
    const gstId = await prepareGst('09');
    await buildPatient(db, gstId);
    const finished = await queueRun(gstId);
    await runDeduplication(db, finished);
    const before = await getRun(finished);
    await runDeduplication(db, finished);
    expect(await getRun(finished)).toEqual(before);

    const interrupted = await queueRun(gstId);
    const sent: { name: string; payload: object }[] = [];
    const jobs: JobQueue = {
      send: (name, payload) => {
        sent.push({ name, payload });
        return Promise.resolve();
      },
      stop: () => Promise.resolve(),
    };
    await resumeInterruptedRuns(db, jobs);
    expect(sent).toContainEqual({ name: deduplicationJobName, payload: { gstId, runId: interrupted } });
    expect(sent.some((job) => JSON.stringify(job.payload).includes(finished))).toBe(false);
  }, 120_000);
});
