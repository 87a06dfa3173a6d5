import { resolve } from 'node:path';
import { patientImportJobSchema, type PatientImportJob } from '@tansiq/domain';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import { startJobQueue } from '../jobs/job-queue';
import { request, type TestContext, type TestSession } from '../testing/test-app';
import { openTestDatabase } from '../testing/test-database';
import { patientImportJob } from './run-patient-import';

/**
 * The whole application on a test database with a real job queue running the patient import job (the platform's
 * job list gets it from the lead; until then this context registers it itself).
 */
export async function createPatientImportTestContext(): Promise<TestContext> {
  const handle = await openTestDatabase();
  const config = loadConfig({
    DEMO_MODE: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: resolve(import.meta.dirname, 'no-web-build'),
  });
  const jobs = await startJobQueue(handle, [patientImportJob(handle.db)], (error) => {
    console.error('job failed in test', error);
  });
  const app = await buildApp({ db: handle.db, config, jobs }, { logger: false });
  await app.ready();
  return {
    app,
    handle,
    async close() {
      await app.close();
      await jobs.stop();
      await handle.close();
    },
  };
}

/** Starts an import as `session` and follows it until it finishes; fails the test if it does not start. */
export async function runPatientImportRequest(
  context: TestContext,
  session: TestSession,
  body: Record<string, unknown>,
): Promise<PatientImportJob> {
  const started = await request(context.app, session, 'POST', '/api/patient-imports', body);
  if (started.statusCode !== 202) {
    throw new Error(`The import did not start: ${started.statusCode} ${started.body}`);
  }
  const jobId = patientImportJobSchema.parse(started.json()).id;
  const deadline = Date.now() + 25_000;
  for (;;) {
    const response = await request(context.app, session, 'GET', `/api/patient-imports/${jobId}`);
    const job = patientImportJobSchema.parse(response.json());
    if (job.status === 'succeeded' || job.status === 'failed' || Date.now() > deadline) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
