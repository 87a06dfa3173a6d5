import { openDatabase } from '@tansiq/db';
import { loadConfig } from './config';
import { buildApp } from './app';
import { prepareDatabase } from './prepare-database';
import { startJobQueue } from './jobs/job-queue';
import { platformJobs } from './jobs/job-definitions';
import { demoPassword, demoUsers } from './demo/demo-users';
import { startBreakGlassSweeper } from './break-glass/close-expired-break-glass';
import { startPeriodicTask } from './jobs/periodic-task';
import { flagOverdueApprovalSteps } from './approvals';
import { loggingMessenger } from './notifications/messenger';
import { escalateReferralTimers } from './referrals/escalate-referral-timers';
import { escalateTeleexpertise } from './teleexpertise/escalate-teleexpertise';
import { resumeInterruptedRuns } from './deduplication/deduplication-job';

/** Starts Tansiq: database, migrations, reference data, demo (if on), background jobs, HTTP server. */
async function main(): Promise<void> {
  const config = loadConfig();
  const handle = await openDatabase(config.database);
  const report = await prepareDatabase(handle, {
    referenceDataDir: config.referenceDataDir,
    demoMode: config.demoMode,
  });
  let logJobError = (error: unknown) => console.error(error);
  const jobs = await startJobQueue(handle, platformJobs(handle.db), (error) => logJobError(error));
  const app = await buildApp({ db: handle.db, config, jobs });
  logJobError = (error) => app.log.error({ err: error }, 'background job failed');
  // A deduplication killed with the previous process resumes from its committed cursor.
  await resumeInterruptedRuns(handle.db, jobs);
  // Break-the-glass accesses that ran out are closed, and their end audited, within a minute.
  const stopSweeper = startBreakGlassSweeper(handle.db, 60_000, (error) =>
    app.log.error({ err: error }, 'break-the-glass sweep failed'),
  );
  // Breached referral timers are escalated to the service head and the GST within a minute.
  const stopEscalations = startPeriodicTask(
    () => escalateReferralTimers(handle.db, loggingMessenger(app.log)),
    60_000,
    (error) => app.log.error({ err: error }, 'referral escalation sweep failed'),
  );
  // Tele-expertise requests left unanswered past their response timer are escalated the same way.
  const stopTeleexpertiseEscalations = startPeriodicTask(
    () => escalateTeleexpertise(handle.db, loggingMessenger(app.log)),
    60_000,
    (error) => app.log.error({ err: error }, 'tele-expertise escalation sweep failed'),
  );
  // Approval steps past their due date are flagged, and their approvers reminded, within a minute.
  const stopApprovalSweeper = startPeriodicTask(
    () => flagOverdueApprovalSteps(handle.db, loggingMessenger(app.log)),
    60_000,
    (error) => app.log.error({ err: error }, 'approval overdue sweep failed'),
  );
  const shutdown = async (signal: string) => {
    app.log.info(`${signal} received, stopping`);
    stopSweeper();
    stopEscalations();
    stopTeleexpertiseEscalations();
    stopApprovalSweeper();
    await app.close();
    await jobs.stop();
    await handle.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const url = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `Tansiq is running at ${url}  (API docs: ${url}/api/docs)`,
    `Database: ${config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir ?? 'memory'}` : 'PostgreSQL server (DATABASE_URL)'}`,
  ];
  if (config.demoMode) {
    lines.push(
      `Demo mode: TTA demonstration data${report.demo?.seeded ? ` seeded now (${report.demo.establishments} establishments)` : ''}.`,
      `Demo logins (password for all: ${demoPassword}):`,
      ...demoUsers.map((user) => `  ${user.username.padEnd(28)} ${user.role}`),
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
