// Step 1 of `npm run bench:mpi`: generate N people with duplicates and bulk-load them into the index, keeping the
// truth (which records are one person) and a sample of duplicate records to look up, as a desk typing a person again.
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  generatePopulationBatches,
  patientBlockingKeys,
  seededRandom,
  toRegionalPatientId,
  type PatientDemographics,
  type SyntheticCommune,
  type SyntheticRecord,
} from '@tansiq/domain';
import { insertPatients, type Db, type PatientInsert } from '@tansiq/db';
import { syntheticRecordToDemographics } from '../demo/seed-demo-patients';

/** A duplicate record typed again at a desk: its own id (left out of the answer) and the person it belongs to. */
export interface BenchQuery {
  patientId: string;
  person: number;
  state: PatientDemographics;
}

/** What the load leaves for the next steps: the truth, the queries and the timings. */
export interface LoadedIndex {
  records: number;
  skipped: number;
  /** Patient ids in load order, and the person of each (the truth). */
  patientIds: string[];
  persons: Int32Array;
  queries: BenchQuery[];
  generationMs: number;
  writeMs: number;
}

/** People per generator batch: with the duplicates, about 5,000 records per transaction. */
const peoplePerBatch = 4_000;

/** Records of persons typed more than once, as queries: one random record of such a person. */
function pickQueries(records: readonly SyntheticRecord[], wanted: number, random: () => number): SyntheticRecord[] {
  const byPerson = new Map<string, SyntheticRecord[]>();
  for (const record of records) {
    byPerson.set(record.personId, [...(byPerson.get(record.personId) ?? []), record]);
  }
  const picked: SyntheticRecord[] = [];
  for (const group of byPerson.values()) {
    if (picked.length >= wanted) {
      break;
    }
    if (group.length >= 2) {
      const record = group[Math.floor(random() * group.length)];
      if (record) {
        picked.push(record);
      }
    }
  }
  return picked;
}

/**
 * Generates `people` people (deterministic seed, TTA communes by RGPH 2024 population) and loads them with
 * insertPatients, one transaction per batch of about 5,000 records.
 */
export async function loadIndex(
  db: Db,
  gstId: string,
  input: { people: number; seed: number; communes: readonly SyntheticCommune[]; queries: number },
  log: (line: string) => void,
): Promise<LoadedIndex> {
  const random = seededRandom(input.seed + 7);
  const patientIds: string[] = [];
  const persons: number[] = [];
  const queries: BenchQuery[] = [];
  const queriesPerBatch = Math.ceil(input.queries / Math.max(1, Math.ceil(input.people / peoplePerBatch)));
  let skipped = 0;
  let generationMs = 0;
  let writeMs = 0;
  let started = performance.now();
  for (const batch of generatePopulationBatches({
    count: input.people,
    seed: input.seed,
    communes: input.communes,
    options: { batchSize: peoplePerBatch },
  })) {
    const ids = new Map<string, string>();
    const inserts: PatientInsert[] = [];
    const states: PatientDemographics[] = [];
    for (const record of batch.records) {
      const state = syntheticRecordToDemographics(record);
      if (state === undefined) {
        skipped += 1;
        continue;
      }
      const id = randomUUID();
      ids.set(record.recordId, id);
      states.push(state);
      inserts.push({ id, regionalId: toRegionalPatientId(100_000_000 + patientIds.length), state, keys: [] });
      patientIds.push(id);
      persons.push(Number(record.personId.slice(1)));
    }
    patientBlockingKeys(states).forEach((keys, index) => {
      const insert = inserts[index];
      if (insert) {
        inserts[index] = { ...insert, keys };
      }
    });
    for (const record of pickQueries(
      batch.records,
      Math.min(queriesPerBatch, input.queries - queries.length),
      random,
    )) {
      const patientId = ids.get(record.recordId);
      const state = syntheticRecordToDemographics(record);
      if (patientId !== undefined && state !== undefined) {
        queries.push({ patientId, person: Number(record.personId.slice(1)), state });
      }
    }
    const writeStarted = performance.now();
    generationMs += writeStarted - started;
    await db.transaction((tx) => insertPatients(tx, gstId, inserts, null));
    started = performance.now();
    writeMs += started - writeStarted;
    if (patientIds.length % 100_000 < inserts.length) {
      log(`  loaded ${patientIds.length.toLocaleString('en')} records`);
    }
  }
  return {
    records: patientIds.length,
    skipped,
    patientIds,
    persons: Int32Array.from(persons),
    queries,
    generationMs,
    writeMs,
  };
}
