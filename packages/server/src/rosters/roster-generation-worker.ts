import { parentPort, workerData } from 'node:worker_threads';
import { generateRoster, isAppError, rosterProblemSchema } from '@tansiq/domain';
import { z } from 'zod';

/**
 * The roster optimiser in a worker thread (see run-roster-generation.ts): it reads the problem and options from
 * `workerData`, posts `{ ok: true, result }` or `{ ok: false, code, message }`, and exits.
 */
const inputSchema = z.object({ problem: rosterProblemSchema, options: z.record(z.string(), z.unknown()) });

try {
  const { problem, options } = inputSchema.parse(workerData);
  parentPort?.postMessage({ ok: true, result: generateRoster(problem, options) });
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    code: isAppError(error) ? error.code : 'internal',
    message: error instanceof Error ? error.message : 'The roster optimiser failed',
  });
}
