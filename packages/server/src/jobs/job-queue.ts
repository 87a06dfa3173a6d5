import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '@tansiq/db';

/** A named background job and its handler; the handler parses its payload (it crossed the database). */
export interface JobDefinition {
  name: string;
  /** How long a started job may run before pg-boss deems it lost and retries it (default 15 minutes). */
  expireInSeconds?: number;
  handle(payload: unknown): Promise<void>;
}

/** The background jobs of the platform (pg-boss; on PGlite through its executeSql hook, ADR 0005). */
export interface JobQueue {
  send<Payload extends object>(name: string, payload: Payload): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the platform's own database and registers the workers. Jobs are retried with a back-off, so a
 * handler must be safe to run again (the import job is: its transaction either commits whole or not at all).
 */
export async function startJobQueue(
  handle: DatabaseHandle,
  definitions: JobDefinition[],
  onError: (error: unknown) => void,
): Promise<JobQueue> {
  const boss = new PgBoss({
    db: { executeSql: (text: string, values?: unknown[]) => handle.executeSql(text, values) },
    schema: 'pgboss',
    schedule: false,
  });
  boss.on('error', onError);
  await boss.start();
  for (const definition of definitions) {
    await boss.createQueue(definition.name, {
      name: definition.name,
      ...(definition.expireInSeconds === undefined ? {} : { expireInSeconds: definition.expireInSeconds }),
    });
    await boss.work<object>(definition.name, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
      for (const job of jobs) {
        await definition.handle(job.data);
      }
    });
  }
  return {
    async send(name, payload) {
      await boss.send(name, payload, { retryLimit: 2, retryDelay: 2, retryBackoff: true });
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5_000 });
    },
  };
}
