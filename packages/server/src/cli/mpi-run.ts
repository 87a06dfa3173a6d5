import { parseArgs } from 'node:util';
import { linkRecords, parseCsv, toCsv, type LinkageMode, type MatchField } from '@tansiq/domain';
import { MpiUsageError, parseMpiMap } from './mpi-map';

/** What the command needs from the outside world, so tests can run it in-process. */
export interface MpiIo {
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  log(line: string): void;
  now(): number;
}

const usage = [
  'Usage:',
  '  npm run mpi -- dedupe --in people.csv --map map.json --out pairs.csv [--threshold 0.9] [--model-out model.json]',
  '  npm run mpi -- link --left a.csv --right b.csv --map map.json --out pairs.csv [--threshold 0.9]',
].join('\n');

interface Table {
  ids: string[];
  rows: string[][];
}

/** Reads a CSV file and keeps the id and the mapped columns, in the fields' order. */
async function readTable(io: MpiIo, path: string, idColumn: string, fields: readonly MatchField[]): Promise<Table> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch {
    throw new MpiUsageError(`cannot read ${path}`);
  }
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    throw new MpiUsageError(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const header = (records[0] ?? []).map((cell) => cell.trim());
  const indexOf = (column: string): number => {
    const index = header.indexOf(column);
    if (index < 0) {
      throw new MpiUsageError(`${path}: column "${column}" of the map is not in the header`);
    }
    return index;
  };
  const idIndex = indexOf(idColumn);
  const fieldIndexes = fields.map((field) => indexOf(field.name));
  const body = records.slice(1).filter((row) => row.some((cell) => cell.trim() !== ''));
  return {
    ids: body.map((row) => (row[idIndex] ?? '').trim()),
    rows: body.map((row) => fieldIndexes.map((index) => row[index] ?? '')),
  };
}

function parseThreshold(value: string | undefined): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  const threshold = Number(value);
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new MpiUsageError(`--threshold must be a probability between 0 and 1 (got "${value}")`);
  }
  return threshold;
}

function required(value: string | undefined, option: string): string {
  if (value === undefined || value === '') {
    throw new MpiUsageError(`missing --${option}\n${usage}`);
  }
  return value;
}

/** Runs `mpi dedupe|link …` and returns the exit code: 0 done, 2 bad usage, map or input. */
export async function runMpi(argv: readonly string[], io: MpiIo): Promise<number> {
  try {
    await runCommand(argv, io);
    return 0;
  } catch (error) {
    if (error instanceof MpiUsageError) {
      io.log(`mpi: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

async function runCommand(argv: readonly string[], io: MpiIo): Promise<void> {
  const started = io.now();
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        in: { type: 'string' },
        left: { type: 'string' },
        right: { type: 'string' },
        map: { type: 'string' },
        out: { type: 'string' },
        threshold: { type: 'string' },
        'model-out': { type: 'string' },
      },
    });
  } catch (error) {
    throw new MpiUsageError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (command !== 'dedupe' && command !== 'link') {
    throw new MpiUsageError(`unknown command "${command ?? ''}"\n${usage}`);
  }
  const mapPath = required(values.map, 'map');
  const outPath = required(values.out, 'out');
  const threshold = parseThreshold(values.threshold);
  let mapText: string;
  try {
    mapText = await io.readFile(mapPath);
  } catch {
    throw new MpiUsageError(`cannot read ${mapPath}`);
  }
  const { idColumn, fields } = parseMpiMap(mapText);
  const tables =
    command === 'dedupe'
      ? [await readTable(io, required(values.in, 'in'), idColumn, fields)]
      : [
          await readTable(io, required(values.left, 'left'), idColumn, fields),
          await readTable(io, required(values.right, 'right'), idColumn, fields),
        ];
  const ids = tables.flatMap((table) => table.ids);
  const mode: LinkageMode =
    command === 'dedupe' ? { kind: 'dedupe' } : { kind: 'link', leftCount: tables[0]?.ids.length ?? 0 };
  const result = linkRecords({
    fields,
    rows: tables.flatMap((table) => table.rows),
    mode,
    ...(threshold === undefined ? {} : { threshold }),
  });
  const { left, right, probability } = result.candidates;
  const link = result.model.thresholds.link;
  const lines: (string | number)[][] = [['id_left', 'id_right', 'match_probability']];
  for (let pair = 0; pair < probability.length; pair += 1) {
    const value = probability[pair] ?? 0;
    if (value >= link) {
      lines.push([ids[left[pair] ?? 0] ?? '', ids[right[pair] ?? 0] ?? '', value.toFixed(6)]);
    }
  }
  await io.writeFile(outPath, toCsv(lines));
  if (values['model-out'] !== undefined) {
    await io.writeFile(values['model-out'], `${JSON.stringify(result.model, null, 2)}\n`);
  }
  const tableSizes = tables.map((table) => table.ids.length).join(' + ');
  const skipped = result.skippedBlocks.length;
  io.log(
    [
      `mpi ${command}: ${tableSizes} records, ${result.model.training.candidatePairs} candidate pairs` +
        (skipped > 0 ? ` (${skipped} oversized blocks skipped)` : ''),
      `EM: ${result.model.training.emIterations} iterations${result.model.training.converged ? '' : ' (not converged)'}, ` +
        `lambda ${result.model.candidateMatchRate.toFixed(4)} among candidates ` +
        `(${result.model.lambda.toPrecision(3)} for random pairs)`,
      `threshold ${link.toFixed(4)}${threshold === undefined ? ' (expected F1)' : ''}, ${lines.length - 1} pairs written to ${outPath}`,
      `time ${((io.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
}
