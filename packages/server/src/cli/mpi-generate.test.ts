import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@tansiq/domain';
import { runMpiGenerate } from './mpi-generate';

let directory = '';
const path = (name: string): string => join(directory, name);

async function run(args: string[]): Promise<{ code: number; printed: string[]; logged: string[] }> {
  const printed: string[] = [];
  const logged: string[] = [];
  const code = await runMpiGenerate(args, { print: (line) => printed.push(line), log: (line) => logged.push(line) });
  return { code, printed, logged };
}

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'mpi-generate-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('npm run mpi:generate', () => {
  it('writes the people file, the true pairs and the linkage map', async () => {
    const { code, logged } = await run([
      ...['--people', '400', '--seed', '5', '--duplicate-rate', '0.3'],
      ...['--out', path('people.csv'), '--truth', path('truth.csv'), '--map', path('map.json')],
    ]);
    expect(code).toBe(0);
    const summary = JSON.parse(logged[0] ?? '{}');
    expect(summary).toMatchObject({ people: 400 });

    const [header, ...rows] = parseCsv(await readFile(path('people.csv'), 'utf8'));
    expect(header).toEqual([
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
    ]);
    expect(rows).toHaveLength(summary.records);
    expect(rows.length).toBeGreaterThan(450);
    expect(rows.every((row) => /^\d{4}(\d{4})?$/.test(row[7] ?? ''))).toBe(true);
    expect(rows.every((row) => row[10] === '' || /^0[67]\d{8}$/.test(row[10] ?? ''))).toBe(true);
    expect(rows.every((row) => /^01\.\d{3}\./.test(row[11] ?? ''))).toBe(true);

    const [truthHeader, ...pairs] = parseCsv(await readFile(path('truth.csv'), 'utf8'));
    expect(truthHeader).toEqual(['id_left', 'id_right']);
    expect(pairs).toHaveLength(summary.truePairs);
    const ids = new Set(rows.map((row) => row[0]));
    expect(pairs.every(([left, right]) => ids.has(left) && ids.has(right) && left !== right)).toBe(true);

    const map = JSON.parse(await readFile(path('map.json'), 'utf8'));
    expect(map).toMatchObject({
      record_id: 'id',
      given_name: 'given_name',
      family_name: 'family_name',
      birth_date: { role: 'birth_date', format: 'YYYYMMDD' },
      cin: 'national_id',
      amo_number: 'insurance_id',
      commune_code: 'locality',
    });
    expect(Object.keys(map).sort()).toEqual([...(header ?? [])].sort());
  });

  it('is deterministic for a seed', async () => {
    const args = (name: string) => ['--people', '150', '--seed', '9', '--out', path(`${name}.csv`)];
    const tail = (name: string) => ['--truth', path(`${name}-truth.csv`), '--map', path(`${name}.json`)];
    await run([...args('first'), ...tail('first')]);
    await run([...args('second'), ...tail('second')]);
    expect(await readFile(path('first.csv'), 'utf8')).toBe(await readFile(path('second.csv'), 'utf8'));
  });

  it('evaluates a pairs file against the truth', async () => {
    const truth = 'id_left,id_right\r\nR1,R2\r\nR3,R4\r\nR5,R6\r\nR7,R8\r\n';
    await writeFile(path('eval-truth.csv'), truth);
    // Two true pairs (one reversed), one false pair, one true pair under the threshold.
    const predicted = 'id_left,id_right,match_probability\nR2,R1,0.99\nR3,R4,0.95\nR1,R9,0.97\nR5,R6,0.5\n';
    await writeFile(path('pairs.csv'), predicted);

    const all = await run(['--evaluate', path('pairs.csv'), '--truth', path('eval-truth.csv')]);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.printed[0] ?? '{}')).toMatchObject({
      precision: 0.75,
      recall: 0.75,
      f1: 0.75,
      truePositives: 3,
      falsePositives: 1,
      falseNegatives: 1,
    });

    const above = await run(['--evaluate', path('pairs.csv'), '--truth', path('eval-truth.csv'), '--threshold', '0.9']);
    const metrics = JSON.parse(above.printed[0] ?? '{}');
    expect(metrics).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 2, recall: 0.5 });
    expect(metrics.precision).toBeCloseTo(2 / 3, 10);
  });

  it.each([
    { name: 'missing outputs', args: ['--people', '10'] },
    { name: 'a bad people count', args: ['--people', 'ten', '--out', 'a', '--truth', 'b', '--map', 'c'] },
    {
      name: 'a bad duplicate rate',
      args: ['--people', '5', '--duplicate-rate', '3', '--out', 'a', '--truth', 'b', '--map', 'c'],
    },
    { name: 'evaluation without truth', args: ['--evaluate', 'pairs.csv'] },
    { name: 'an unknown option', args: ['--persons', '10'] },
  ])('exits with code 2 and the usage on $name', async ({ args }) => {
    const { code, logged } = await run(args);
    expect(code).toBe(2);
    expect(logged.join('\n')).toContain('Usage: npm run mpi:generate');
  });
});
