// `npm run mpi -- dedupe|link …`: record linkage on any CSV with the patient-matching engine (see mpi-run.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { runMpi } from './mpi-run';

process.exitCode = await runMpi(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  log: (line) => console.error(line),
  now: () => performance.now(),
});
