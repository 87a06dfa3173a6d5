import { patientImportJobSchema, type PatientImportJob } from '@tansiq/domain';
import { request, type TestContext, type TestSession } from '../testing/test-app';

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
