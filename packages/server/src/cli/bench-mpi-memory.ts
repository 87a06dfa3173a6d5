// `npx tsx packages/server/src/cli/bench-mpi-memory.ts --people N [--seed S] [--dump file.json]`: the accuracy part of
// `npm run bench:mpi` without a database, to try engine changes in minutes. Same generator, same model training
// (`trainPatientMatchModel` on up to 200,000 records), the stored blocking keys (blocks over 300 records skipped, as
// the batch does), `scorePatientPairs` with the review threshold as floor, the chain guard of the clustering, and
// the same evaluation (clusters + review queue). It approximates the batch: the figures to report come from bench:mpi.
import { writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  clusterRecords,
  evaluatePairs,
  generatePopulationBatches,
  parseCsv,
  patientBlockingKeys,
  scorePatientPairs,
  seededRandom,
  trainPatientMatchModel,
  truthPairs,
  type MatchablePatient,
  type RecordPair,
  type SyntheticCommune,
} from '@tansiq/domain';
import { syntheticRecordToDemographics } from '../demo/seed-demo-patients';

const root = resolve(import.meta.dirname, '../../../..');
const { values } = parseArgs({
  options: { people: { type: 'string' }, seed: { type: 'string' }, dump: { type: 'string' } },
});
const people = Number(values.people ?? 20_000);
const seed = Number(values.seed ?? 42);
const maxBlockSize = 300;
const trainingSampleSize = 200_000;

async function readCommunes(): Promise<SyntheticCommune[]> {
  const text = await readFile(resolve(root, 'reference-data/morocco/tta_communes_population_rgph2024.csv'), 'utf8');
  const [header = [], ...rows] = parseCsv(text);
  const at = (row: string[], column: string) => row[header.indexOf(column)] ?? '';
  return rows
    .map((row) => ({
      code: at(row, 'code'),
      provinceCode: at(row, 'province_code'),
      population2024: Number(at(row, 'population_2024')),
      type: at(row, 'type') === 'urban' ? ('urban' as const) : ('rural' as const),
      name: at(row, 'name_fr'),
    }))
    .filter((commune) => commune.population2024 > 0);
}

const started = performance.now();
const communes = await readCommunes();
const patients: MatchablePatient[] = [];
const persons: number[] = [];
for (const batch of generatePopulationBatches({ count: people, seed, communes, options: { batchSize: 4_000 } })) {
  for (const record of batch.records) {
    const state = syntheticRecordToDemographics(record);
    if (state !== undefined) {
      patients.push(state);
      persons.push(Number(record.personId.slice(1)));
    }
  }
}
const count = patients.length;
console.log(`${count} records generated in ${Math.round(performance.now() - started)} ms`);

// Training sample: uniform, as the database's `order by random()`.
const random = seededRandom(seed + 11);
const indexes = Array.from({ length: count }, (_, index) => index);
for (let index = count - 1; index > 0; index -= 1) {
  const other = Math.floor(random() * (index + 1));
  [indexes[index], indexes[other]] = [indexes[other] ?? 0, indexes[index] ?? 0];
}
const sample = indexes.slice(0, trainingSampleSize).map((index) => patients[index] ?? {});
const model = trainPatientMatchModel(sample);
console.log(
  `model: lambda ${model.lambda.toExponential(3)}, relatives ${model.relativesLambda?.toExponential(3)}, candidate match rate ${model.candidateMatchRate.toFixed(4)}, ` +
    `link ${model.thresholds.link.toFixed(4)}, review ${model.thresholds.review}, EM ${model.training.emIterations}`,
);
for (const column of model.columns) {
  const weights = column.levels.map((level, index) =>
    index === 0 ? '' : `${level} ${Math.log2((column.m[index] ?? 1) / (column.u[index] ?? 1)).toFixed(1)}`,
  );
  const relativeWeights = column.levels.map((level, index) =>
    index === 0 || column.h === undefined
      ? ''
      : `${Math.log2((column.m[index] ?? 1) / (column.h[index] ?? 1)).toFixed(1)}`,
  );
  console.log(
    `  ${column.name}: vs relatives ${relativeWeights.join(' ')} ${weights.filter((weight) => weight !== '').join(', ')}`,
  );
}

// Candidate pairs from the stored keys.
const blocks = new Map<string, number[]>();
patientBlockingKeys(patients).forEach((keys, record) => {
  for (const key of keys) {
    const block = blocks.get(key);
    if (block === undefined) {
      blocks.set(key, [record]);
    } else {
      block.push(record);
    }
  }
});
const codes: number[] = [];
for (const members of blocks.values()) {
  if (members.length < 2 || members.length > maxBlockSize) {
    continue;
  }
  for (let a = 0; a < members.length; a += 1) {
    for (let b = a + 1; b < members.length; b += 1) {
      const i = members[a] ?? 0;
      const j = members[b] ?? 0;
      codes.push(i < j ? i * count + j : j * count + i);
    }
  }
}
const unique = [...new Set(codes)];
const left = Int32Array.from(unique, (code) => Math.floor(code / count));
const right = Int32Array.from(unique, (code, index) => code - (left[index] ?? 0) * count);
const scored = scorePatientPairs(model, patients, { left, right }, { floor: model.thresholds.review });
const { link, review } = model.thresholds;
const clusterOf = clusterRecords(count, { left, right, probability: scored.probability }, link);

const id = (record: number) => String(record);
const members = new Map<number, number[]>();
clusterOf.forEach((cluster, record) => members.set(cluster, [...(members.get(cluster) ?? []), record]));
const merged: RecordPair[] = [];
for (const group of members.values()) {
  group.forEach((a, index) => group.slice(index + 1).forEach((b) => merged.push([id(a), id(b)])));
}
const pending: RecordPair[] = [];
const pendingPairs: number[] = [];
for (let pair = 0; pair < left.length; pair += 1) {
  const probability = scored.probability[pair] ?? 0;
  const a = left[pair] ?? 0;
  const b = right[pair] ?? 0;
  if (probability >= review && clusterOf[a] !== clusterOf[b]) {
    pendingPairs.push(pair);
    for (const x of members.get(clusterOf[a] ?? a) ?? [a]) {
      for (const y of members.get(clusterOf[b] ?? b) ?? [b]) {
        pending.push([id(x), id(y)]);
      }
    }
  }
}
const truth = truthPairs(patients.map((_, record) => ({ recordId: id(record), personId: String(persons[record]) })));
const all = evaluatePairs([...merged, ...pending], truth);
const automatic = evaluatePairs(merged, truth);
const show = (label: string, e: typeof all) =>
  console.log(`${label}: precision ${e.precision.toFixed(4)} recall ${e.recall.toFixed(4)} F1 ${e.f1.toFixed(4)}`);
console.log(`${unique.length} candidate pairs; ${pendingPairs.length} pending`);
show('merges + review', all);
show('merges only', automatic);
console.log(`total ${Math.round(performance.now() - started)} ms`);

if (values.dump !== undefined) {
  // Direct false links (scored ≥ review, two people) and missed true pairs among the candidates, with reasons.
  const falseLinks = [];
  const candidatesOfTruth = new Set<number>();
  for (let pair = 0; pair < left.length; pair += 1) {
    const a = left[pair] ?? 0;
    const b = right[pair] ?? 0;
    const probability = scored.probability[pair] ?? 0;
    const same = persons[a] === persons[b];
    if (same) {
      candidatesOfTruth.add(a * count + b);
    }
    const linked = probability >= review;
    if (linked !== same) {
      const explanation = scored.explain(pair);
      falseLinks.push({
        kind: same ? 'missed' : 'false_link',
        probability: linked ? probability : explanation.probability,
        reasons: explanation.reasons.map((reason) => `${reason.field}:${reason.level}:${reason.weight.toFixed(1)}`),
        records: [patients[a], patients[b]],
      });
    }
  }
  const notCandidates = truth.filter(([a, b]) => !candidatesOfTruth.has(Math.min(+a, +b) * count + Math.max(+a, +b)));
  await writeFile(
    values.dump,
    JSON.stringify({ model, notCandidates: notCandidates.length, pairs: falseLinks }, null, 1),
  );
  console.log(`dumped ${falseLinks.length} pairs; ${notCandidates.length} true pairs never compared`);
}

// Diagnosis only (labels are never used by the engine): m per level among the true candidate pairs, against EM's.
{
  const { buildComparisons, patientMatchFields, toPatientMatchRow } = await import('@tansiq/domain');
  const { columns } = buildComparisons(patientMatchFields, patients.map(toPatientMatchRow));
  const counts = columns.map((column) => new Array<number>(column.levels.length).fill(0));
  for (let pair = 0; pair < left.length; pair += 1) {
    const a = left[pair] ?? 0;
    const b = right[pair] ?? 0;
    if (persons[a] === persons[b]) {
      columns.forEach((column, index) => {
        const row = counts[index] ?? [];
        const level = column.compare(a, b);
        row[level] = (row[level] ?? 0) + 1;
      });
    }
  }
  columns.forEach((column, index) => {
    const row = counts[index] ?? [];
    const present = row.slice(1).reduce((sum, value) => sum + value, 0);
    const em = model.columns.find((modelColumn) => modelColumn.name === column.name);
    console.log(
      `  true m ${column.name}: ${column.levels
        .map((level, l) =>
          l === 0 ? '' : `${level} ${((row[l] ?? 0) / present).toFixed(4)}/${(em?.m[l] ?? 0).toFixed(4)}`,
        )
        .filter((text) => text !== '')
        .join(', ')}`,
    );
  });
}
