import { resolve } from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { auditPageSchema } from '@tansiq/domain';
import type { DatabaseHandle } from '@tansiq/db';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { AppInstance } from '../http/app-types';
import { startJobQueue, type JobQueue } from '../jobs/job-queue';
import { platformJobs } from '../jobs/job-definitions';
import type { Messenger } from '../notifications/messenger';
import { openTestDatabase } from './test-database';

type AuditPage = ReturnType<typeof auditPageSchema.parse>;

export interface TestContext {
  app: AppInstance;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

const unusedJobs: JobQueue = {
  send: () =>
    Promise.reject(new Error('This test context runs no background jobs; use createTestContext({ jobs: true })')),
  stop: () => Promise.resolve(),
};

/** The whole application on a real test database, driven with `app.inject` (no socket). */
export async function createTestContext(
  options: { jobs?: boolean; env?: Record<string, string>; messenger?: Messenger } = {},
): Promise<TestContext> {
  const handle = await openTestDatabase();
  const config = loadConfig({
    DEMO_MODE: 'false',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: resolve(import.meta.dirname, 'no-web-build'),
    ...options.env,
  });
  const jobs = options.jobs
    ? await startJobQueue(handle, platformJobs(handle.db), (error) => {
        console.error('job failed in test', error);
      })
    : unusedJobs;
  const app = await buildApp(
    { db: handle.db, config, jobs, ...(options.messenger ? { messenger: options.messenger } : {}) },
    { logger: false },
  );
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

/** A signed-in browser: the session cookie and CSRF token, sent on every request. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  userId: string;
}

export async function login(app: AppInstance, username: string, password: string): Promise<TestSession> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (response.statusCode !== 200) {
    throw new Error(`Login of ${username} failed: ${response.statusCode} ${response.body}`);
  }
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
  const body = response.json<{ csrfToken: string; user: { id: string } }>();
  return { cookie, csrfToken: body.csrfToken, userId: body.user.id };
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** Sends a request as `session` (or anonymously when null), with the CSRF header on writes. */
export function request(
  app: AppInstance,
  session: TestSession | null,
  method: Method,
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    ...(payload === undefined ? {} : typeof payload === 'string' ? { payload } : { payload: payload as object }),
    headers: {
      ...(session ? { cookie: session.cookie } : {}),
      ...(session && method !== 'GET' ? { 'x-csrf-token': session.csrfToken } : {}),
      ...headers,
    },
  });
}

/** Searches the audit trail as `session`; fails the test unless the search is allowed. */
export async function searchAudit(app: AppInstance, session: TestSession, query: string): Promise<AuditPage> {
  const response = await request(app, session, 'GET', `/api/audit-events?${query}`);
  if (response.statusCode !== 200) {
    throw new Error(`Audit search failed: ${response.statusCode} ${response.body}`);
  }
  return auditPageSchema.parse(response.json());
}
