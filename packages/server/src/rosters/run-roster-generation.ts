import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  AppError,
  appErrorCodes,
  type RosterGenerationOptions,
  type RosterGenerationResult,
  type RosterProblem,
} from '@tansiq/domain';

/** The optimiser's own time limit (it then returns its best roster so far), and the grace before the worker is killed. */
export const ROSTER_TIME_LIMIT_MS = 20_000;
const KILL_GRACE_MS = 15_000;

const workerUrl = new URL('./roster-generation-worker.ts', import.meta.url);
/** The server runs TypeScript through tsx: the worker registers tsx's loader, then imports the worker module. */
const tsxApi = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const bootstrap = `import(${JSON.stringify(tsxApi)})
  .then((api) => { api.register(); return import(${JSON.stringify(workerUrl.href)}); })`;

interface WorkerReply {
  ok: boolean;
  result?: RosterGenerationResult;
  code?: string;
  message?: string;
}

/**
 * Runs the roster optimiser off the request thread, in a `worker_threads` worker (ADR: docs/roster-optimiser.md,
 * "Where it runs"): the event loop keeps serving other requests while a month is rostered. The optimiser stops itself
 * at `timeLimitMs` with its best roster; the worker is terminated if it has not answered `KILL_GRACE_MS` later.
 * @throws AppError internal when the worker fails or is killed; the optimiser's own AppError codes otherwise.
 */
export function runRosterGeneration(
  problem: RosterProblem,
  options: RosterGenerationOptions = {},
): Promise<RosterGenerationResult> {
  const timeLimitMs = options.timeLimitMs ?? ROSTER_TIME_LIMIT_MS;
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap, { eval: true, workerData: { problem, options: { ...options, timeLimitMs } } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new AppError('internal', 'The roster generation did not finish in time'));
    }, timeLimitMs + KILL_GRACE_MS);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok && reply.result) {
          resolve(reply.result);
          return;
        }
        const code = appErrorCodes.find((candidate) => candidate === reply.code) ?? 'internal';
        reject(new AppError(code, reply.message ?? 'The roster optimiser failed'));
      }),
    );
    worker.once('error', (error) =>
      settle(() => reject(new AppError('internal', 'The roster optimiser failed', { cause: error }))),
    );
  });
}
