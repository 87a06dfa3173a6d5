import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@tansiq/domain';
import { runMpi, type MpiIo } from './mpi-run';

const fixtures = resolve(import.meta.dirname, 'fixtures');

/** Real files in, outputs and log captured in memory. */
function createIo(extraFiles: Record<string, string> = {}): MpiIo & { written: Map<string, string>; lines: string[] } {
  const written = new Map<string, string>();
  const lines: string[] = [];
  return {
    written,
    lines,
    readFile: async (path) => extraFiles[path] ?? readFile(path, 'utf8'),
    writeFile: (path, text) => {
      written.set(path, text);
      return Promise.resolve();
    },
    log: (line) => lines.push(line),
    now: () => performance.now(),
  };
}

/** Entity of each record id, from the fixture's truth column (which the map does not use). */
async function readEntities(file: string, idColumn: string): Promise<Map<string, string>> {
  const [header = [], ...rows] = parseCsv(await readFile(resolve(fixtures, file), 'utf8'));
  const idIndex = header.indexOf(idColumn);
  const entityIndex = header.indexOf('entity');
  return new Map(rows.map((row) => [row[idIndex] ?? '', row[entityIndex] ?? '']));
}

function truePairs(
  leftIds: readonly string[],
  rightIds: readonly string[],
  entities: Map<string, string>,
): Set<string> {
  const pairs = new Set<string>();
  for (const left of leftIds) {
    for (const right of rightIds) {
      if (left !== right && entities.get(left) === entities.get(right)) {
        pairs.add([left, right].sort().join('~'));
      }
    }
  }
  return pairs;
}

function precisionRecall(output: string, truth: Set<string>): { precision: number; recall: number } {
  const [header, ...rows] = parseCsv(output);
  expect(header).toEqual(['id_left', 'id_right', 'match_probability']);
  const predicted = new Set(rows.map(([left = '', right = '']) => [left, right].sort().join('~')));
  const hits = [...predicted].filter((pair) => truth.has(pair)).length;
  return { precision: hits / Math.max(1, predicted.size), recall: hits / Math.max(1, truth.size) };
}

describe('npm run mpi', () => {
  it.each([
    { file: 'mpi-moroccan-people.csv', map: 'mpi-moroccan-map.json', idColumn: 'id' },
    { file: 'mpi-febrl-people.csv', map: 'mpi-febrl-map.json', idColumn: 'rec_id' },
  ])('deduplicates $file with precision and recall of at least 0.9', async ({ file, map, idColumn }) => {
    const io = createIo();
    const code = await runMpi(
      [
        'dedupe',
        '--in',
        resolve(fixtures, file),
        '--map',
        resolve(fixtures, map),
        '--out',
        'pairs.csv',
        '--model-out',
        'model.json',
      ],
      io,
    );
    expect(code).toBe(0);
    const entities = await readEntities(file, idColumn);
    const ids = [...entities.keys()];
    const { precision, recall } = precisionRecall(io.written.get('pairs.csv') ?? '', truePairs(ids, ids, entities));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(JSON.parse(io.written.get('model.json') ?? '{}')).toMatchObject({ version: 1 });
    expect(io.lines.join('\n')).toMatch(/candidate pairs[\s\S]*EM: \d+ iterations[\s\S]*threshold/);
  });

  it('links two files, writing only pairs across them', async () => {
    const io = createIo();
    const code = await runMpi(
      [
        'link',
        '--left',
        resolve(fixtures, 'mpi-febrl-left.csv'),
        '--right',
        resolve(fixtures, 'mpi-febrl-right.csv'),
        '--map',
        resolve(fixtures, 'mpi-febrl-map.json'),
        '--out',
        'pairs.csv',
      ],
      io,
    );
    expect(code).toBe(0);
    const left = await readEntities('mpi-febrl-left.csv', 'rec_id');
    const right = await readEntities('mpi-febrl-right.csv', 'rec_id');
    const entities = new Map([...left, ...right]);
    const output = io.written.get('pairs.csv') ?? '';
    const { precision, recall } = precisionRecall(output, truePairs([...left.keys()], [...right.keys()], entities));
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    const rows = parseCsv(output).slice(1);
    expect(rows.every(([a = '', b = '']) => left.has(a) && right.has(b))).toBe(true);
  });

  it('writes only pairs at or above an explicit --threshold', async () => {
    const io = createIo();
    const args = [
      'dedupe',
      '--in',
      resolve(fixtures, 'mpi-febrl-people.csv'),
      '--map',
      resolve(fixtures, 'mpi-febrl-map.json'),
    ];
    expect(await runMpi([...args, '--out', 'pairs.csv', '--threshold', '0.999'], io)).toBe(0);
    const probabilities = parseCsv(io.written.get('pairs.csv') ?? '')
      .slice(1)
      .map((row) => Number(row[2]));
    expect(probabilities.length).toBeGreaterThan(0);
    expect(probabilities.every((probability) => probability >= 0.999)).toBe(true);
  });

  it.each([
    { map: '{"rec_id": "id", "surname": "last_name"}', message: /invalid map: surname/ },
    { map: '{"surname": "family_name"}', message: /exactly one "id" column/ },
    {
      map: '{"rec_id": "id", "date_of_birth": {"role": "birth_date", "format": "QQ-ZZ"}}',
      message: /unreadable date format/,
    },
    {
      map: '{"rec_id": "id", "no_such_column": "given_name"}',
      message: /column "no_such_column" of the map is not in the header/,
    },
    { map: 'not json', message: /not valid JSON/ },
  ])('rejects a bad map with exit code 2 ($message)', async ({ map, message }) => {
    const io = createIo({ 'bad-map.json': map });
    const code = await runMpi(
      ['dedupe', '--in', resolve(fixtures, 'mpi-febrl-people.csv'), '--map', 'bad-map.json', '--out', 'pairs.csv'],
      io,
    );
    expect(code).toBe(2);
    expect(io.lines.join('\n')).toMatch(message);
    expect(io.written.size).toBe(0);
  });

  it('rejects an unknown command with exit code 2 and the usage', async () => {
    const io = createIo();
    expect(await runMpi(['merge'], io)).toBe(2);
    expect(io.lines.join('\n')).toMatch(/Usage:/);
  });
});
