// `npm run mpi:generate -- --people 10000 --seed 42 --duplicate-rate 0.2 --out people.csv --truth truth.csv --map map.json`
// writes a synthetic TTA patient file with known duplicates (issue #3 item 9), its true pairs and a column map for
// `npm run mpi`. `npm run mpi:generate -- --evaluate pairs.csv --truth truth.csv [--threshold 0.9]` scores a pairs
// file (id_left,id_right[,match_probability]) against the truth and prints precision, recall and F1 as JSON.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  evaluatePairs,
  generatePopulationBatches,
  parseCsv,
  toCsv,
  truthPairs,
  type CorruptionKind,
  type RecordPair,
  type SyntheticCommune,
  type SyntheticRecord,
} from '@tansiq/domain';

const repositoryRoot = resolve(import.meta.dirname, '../../../..');
const communesFile = resolve(repositoryRoot, 'reference-data/morocco/tta_communes_population_rgph2024.csv');
const usage =
  'Usage: npm run mpi:generate -- --people N [--seed S] [--duplicate-rate R] --out people.csv --truth truth.csv ' +
  '--map map.json\n       npm run mpi:generate -- --evaluate pairs.csv --truth truth.csv [--threshold P]';

const peopleColumns = [
  'record_id',
  'given_name',
  'family_name',
  'given_name_ar',
  'family_name_ar',
  'father_given_name',
  'sex',
  'birth_date',
  'cin',
  'amo_number',
  'phone',
  'commune_code',
  'address',
] as const;

/** The column map for `npm run mpi`: one column per role, the Arabic and father's names as generic strings. */
const linkageMap = {
  record_id: 'id',
  given_name: 'given_name',
  family_name: 'family_name',
  given_name_ar: 'string',
  family_name_ar: 'string',
  father_given_name: 'string',
  sex: 'sex',
  birth_date: { role: 'birth_date', format: 'YYYYMMDD' },
  cin: 'national_id',
  amo_number: 'insurance_id',
  phone: 'phone',
  commune_code: 'locality',
  address: 'address',
};

const communeRowSchema = z.object({
  code: z.string().min(1),
  province_code: z.string().min(1),
  population_2024: z.coerce.number().int().nonnegative(),
  type: z.enum(['urban', 'rural']),
  name_fr: z.string(),
});

class UsageError extends Error {}

/** Reads a CSV file into objects keyed by its header. */
async function readCsvObjects(path: string): Promise<Record<string, string>[]> {
  const [header = [], ...rows] = parseCsv(await readFile(path, 'utf8'));
  return rows.map((row) => Object.fromEntries(header.map((column, index) => [column.trim(), row[index] ?? ''])));
}

async function readCommunes(): Promise<SyntheticCommune[]> {
  return (await readCsvObjects(communesFile)).map((row) => {
    const commune = communeRowSchema.parse(row);
    return {
      code: commune.code,
      provinceCode: commune.province_code,
      population2024: commune.population_2024,
      type: commune.type,
      name: commune.name_fr,
    };
  });
}

/** Birth dates as YYYYMMDD; a year-only date as YYYY, a month-only date with day 00. */
const birthDateCell = (record: SyntheticRecord): string =>
  record.birthDatePrecision === 'month' ? `${record.birthDate.replace('-', '')}00` : record.birthDate.replace(/-/g, '');

/** Phones in the national form desks type (06… / 07…), which also keeps CSV formula guards away from `+`. */
const phoneCell = (phone: string | null): string | null => (phone === null ? null : `0${phone.slice(4)}`);

const toPeopleRow = (record: SyntheticRecord) => [
  record.recordId,
  record.givenName,
  record.familyName,
  record.givenNameAr,
  record.familyNameAr,
  record.fatherGivenName,
  record.sex,
  birthDateCell(record),
  record.cin,
  record.amoNumber,
  phoneCell(record.phone),
  record.communeCode,
  record.address,
];

async function writeChunk(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}

async function closeStream(stream: NodeJS.WritableStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

function numberOption(value: string | undefined, fallback: number, check: (value: number) => boolean, name: string) {
  const parsed = value === undefined ? fallback : Number(value);
  if (!check(parsed)) {
    throw new UsageError(`invalid --${name}: ${value ?? ''}`);
  }
  return parsed;
}

async function generate(values: Record<string, string | undefined>, log: (line: string) => void): Promise<void> {
  const { out, truth, map } = values;
  if (out === undefined || truth === undefined || map === undefined || values.people === undefined) {
    throw new UsageError('--people, --out, --truth and --map are required');
  }
  const count = numberOption(values.people, 0, (value) => Number.isInteger(value) && value > 0, 'people');
  const seed = numberOption(values.seed, 42, Number.isInteger, 'seed');
  const duplicateRate = numberOption(
    values['duplicate-rate'],
    0.2,
    (value) => value >= 0 && value <= 1,
    'duplicate-rate',
  );
  const started = performance.now();
  const communes = await readCommunes();
  const people = createWriteStream(out, 'utf8');
  const pairs = createWriteStream(truth, 'utf8');
  await writeChunk(people, toCsv([peopleColumns]));
  await writeChunk(pairs, toCsv([['id_left', 'id_right']]));
  let records = 0;
  let truePairs = 0;
  const errors = new Map<CorruptionKind, number>();
  for (const batch of generatePopulationBatches({ count, seed, communes, duplicateRate })) {
    records += batch.records.length;
    const batchPairs = truthPairs(batch.records);
    truePairs += batchPairs.length;
    for (const kind of batch.errors) {
      errors.set(kind, (errors.get(kind) ?? 0) + 1);
    }
    await writeChunk(people, toCsv(batch.records.map(toPeopleRow)));
    await writeChunk(pairs, toCsv(batchPairs));
  }
  await Promise.all([closeStream(people), closeStream(pairs)]);
  await writeFile(map, `${JSON.stringify(linkageMap, null, 2)}\n`, 'utf8');
  const summary = {
    people: count,
    records,
    duplicateRecords: records - count,
    truePairs,
    errors: Object.fromEntries([...errors.entries()].sort((left, right) => right[1] - left[1])),
    seconds: Math.round(performance.now() - started) / 1000,
  };
  log(JSON.stringify(summary));
}

async function readPairs(path: string, threshold: number | undefined): Promise<RecordPair[]> {
  const rows = await readCsvObjects(path);
  if (rows.length > 0 && !(rows[0] !== undefined && 'id_left' in rows[0] && 'id_right' in rows[0])) {
    throw new UsageError(`${path} needs the columns id_left and id_right`);
  }
  return rows
    .filter((row) => threshold === undefined || Number(row.match_probability ?? 1) >= threshold)
    .map((row) => [row.id_left ?? '', row.id_right ?? ''] as const);
}

/** Runs the command; returns the exit code (0 success, 2 bad usage). Results go to `print`, progress to `log`. */
export async function runMpiGenerate(
  args: readonly string[],
  io: { print: (line: string) => void; log: (line: string) => void },
): Promise<number> {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: Object.fromEntries(
        ['people', 'seed', 'duplicate-rate', 'out', 'truth', 'map', 'evaluate', 'threshold'].map((name) => [
          name,
          { type: 'string' as const },
        ]),
      ),
    });
    const strings = values as Record<string, string | undefined>;
    if (strings.evaluate === undefined) {
      await generate(strings, io.log);
      return 0;
    }
    if (strings.truth === undefined) {
      throw new UsageError('--evaluate needs --truth');
    }
    const threshold =
      strings.threshold === undefined
        ? undefined
        : numberOption(strings.threshold, 0, (value) => value >= 0 && value <= 1, 'threshold');
    const predicted = await readPairs(strings.evaluate, threshold);
    const truth = await readPairs(strings.truth, undefined);
    io.print(
      JSON.stringify({ ...evaluatePairs(predicted, truth), predictedPairs: predicted.length, truePairs: truth.length }),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      io.log(`${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = await runMpiGenerate(process.argv.slice(2), {
    print: (line) => console.log(line),
    log: (line) => console.error(line),
  });
}
