import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deduplicationRunPageSchema, deduplicationRunSchema, type DeduplicationRun } from '@tansiq/domain';
import { insertDeduplicationRun } from '@tansiq/db';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';

// A run reads a GST's whole index: regions 10 and 11, in this file's own database (a clone of the template).
let context: TestContext;
let ownGstId: string;
let otherGstId: string;
let otherRunId: string;
let admin: TestSession;
let director: TestSession;
let otherAdmin: TestSession;
let nationalAdmin: TestSession;

const signIn = async (user: { username: string }) => login(context.app, user.username, testPassword);

beforeAll(async () => {
  context = await createTestContext({ jobs: true });
  const db = context.handle.db;
  ownGstId = (await gstOf(db, '10')).id;
  otherGstId = (await gstOf(db, '11')).id;
  admin = await signIn(await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: ownGstId }));
  director = await signIn(await buildUser(db, 'gst_director', { scopeLevel: 'gst', gstId: ownGstId }));
  otherAdmin = await signIn(await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: otherGstId }));
  nationalAdmin = await signIn(await buildUser(db, 'national_admin', { scopeLevel: 'national' }));
  const twin = { givenNameLatin: 'Mhamed', familyNameLatin: 'Ait Benhaddou', birthDate: '1962', sex: 'male' as const };
  await buildPatient(db, ownGstId, { overrides: twin });
  await buildPatient(db, ownGstId, { overrides: { ...twin, givenNameLatin: 'Mhammed' } });
  await buildPatient(db, ownGstId, { overrides: { givenNameLatin: 'Salma', sex: 'female' } });
  // A run of the other GST that stays queued: no job was sent for it.
  otherRunId = randomUUID();
  await db.transaction((tx) =>
    insertDeduplicationRun(tx, { gstId: otherGstId, id: otherRunId, scope: 'index', requestedBy: null }),
  );
}, 60_000);

afterAll(async () => {
  await context.close();
});

async function waitForEnd(id: string): Promise<DeduplicationRun> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const run = deduplicationRunSchema.parse(
      (await request(context.app, admin, 'GET', `/api/deduplication-runs/${id}`)).json(),
    );
    if (run.status === 'succeeded' || run.status === 'failed' || Date.now() > deadline) {
      return run;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe('POST /api/deduplication-runs', () => {
  it('queues a run of the index, audits it, and the job takes it to the end', async () => {
    const started = await request(context.app, admin, 'POST', '/api/deduplication-runs', {
      gstId: ownGstId,
      scope: 'index',
    });
    expect(started.statusCode).toBe(202);
    const run = deduplicationRunSchema.parse(started.json());
    expect(run).toMatchObject({ gstId: ownGstId, scope: 'index', status: 'queued', phase: 'training' });
    expect(started.json()).not.toHaveProperty('cursor');

    const finished = await waitForEnd(run.id);
    expect(finished).toMatchObject({ status: 'succeeded', phase: 'done', error: null, requestedBy: admin.userId });
    expect(finished.modelVersion).not.toBeNull();
    expect(finished.keysDone).toBe(finished.keysTotal);
    expect(finished.comparisons).toBeGreaterThan(0);
    expect(finished.autoMerged + finished.sentToReview).toBeGreaterThan(0);

    const audit = await searchAudit(context.app, admin, `action=deduplication.&entityId=${run.id}`);
    expect(audit.items.map((event) => event.action).sort()).toEqual(['deduplication.finish', 'deduplication.start']);
    expect(audit.items.find((event) => event.action === 'deduplication.start')).toMatchObject({
      actorUserId: admin.userId,
      gstId: ownGstId,
      outcome: 'success',
      entityType: 'deduplication_run',
    });
  }, 120_000);

  it('refuses a second run while one is queued or running in the GST', async () => {
    const response = await request(context.app, otherAdmin, 'POST', '/api/deduplication-runs', {
      gstId: otherGstId,
      scope: 'index',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('conflict');
  });

  it.each([
    { name: 'an unknown scope', body: { gstId: randomUUID(), scope: 'everything' }, path: ['scope'] },
    { name: 'no GST', body: { scope: 'index' }, path: ['gstId'] },
    { name: 'an extra field', body: { gstId: randomUUID(), scope: 'index', pageSize: 5 }, path: [] },
  ])('rejects $name with 400', async ({ body, path }) => {
    const response = await request(context.app, admin, 'POST', '/api/deduplication-runs', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(path);
  });

  it('answers 401 without a session', async () => {
    const response = await request(context.app, null, 'POST', '/api/deduplication-runs', {
      gstId: ownGstId,
      scope: 'index',
    });
    expect(response.statusCode).toBe(401);
  });

  it('answers 403 to a GST user who does not manage identities, and audits the denial', async () => {
    for (const session of [director, nationalAdmin]) {
      const response = await request(context.app, session, 'POST', '/api/deduplication-runs', {
        gstId: ownGstId,
        scope: 'index',
      });
      expect(response.statusCode).toBe(403);
    }
    const audit = await searchAudit(context.app, admin, `outcome=denied&actorUserId=${director.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'POST /api/deduplication-runs', gstId: ownGstId });
  });

  it('answers 404 for another GST', async () => {
    const response = await request(context.app, admin, 'POST', '/api/deduplication-runs', {
      gstId: otherGstId,
      scope: 'index',
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('GET /api/deduplication-runs', () => {
  it('lists the runs of the GST, latest first, a page at a time', async () => {
    const response = await request(context.app, otherAdmin, 'GET', `/api/deduplication-runs?gstId=${otherGstId}`);
    expect(response.statusCode).toBe(200);
    const page = deduplicationRunPageSchema.parse(response.json());
    expect(page.items[0]).toMatchObject({ id: otherRunId, status: 'queued' });
    expect(page.total).toBe(page.items.length);

    const second = await request(context.app, admin, 'GET', `/api/deduplication-runs?gstId=${ownGstId}&pageSize=1`);
    const runs = deduplicationRunPageSchema.parse(second.json());
    expect(runs.pageSize).toBe(1);
    expect(runs.items.every((run) => run.gstId === ownGstId)).toBe(true);
  });

  it('rejects a missing GST or a page size out of range with 400', async () => {
    expect((await request(context.app, admin, 'GET', '/api/deduplication-runs')).statusCode).toBe(400);
    const tooLarge = await request(context.app, admin, 'GET', `/api/deduplication-runs?gstId=${ownGstId}&pageSize=500`);
    expect(tooLarge.statusCode).toBe(400);
  });

  it('answers 401, 403 and 404 as the POST does', async () => {
    expect((await request(context.app, null, 'GET', `/api/deduplication-runs?gstId=${ownGstId}`)).statusCode).toBe(401);
    expect((await request(context.app, director, 'GET', `/api/deduplication-runs?gstId=${ownGstId}`)).statusCode).toBe(
      403,
    );
    expect((await request(context.app, admin, 'GET', `/api/deduplication-runs?gstId=${otherGstId}`)).statusCode).toBe(
      404,
    );
  });
});

describe('GET /api/deduplication-runs/:id', () => {
  it('shows a run to its GST administrators', async () => {
    const response = await request(context.app, otherAdmin, 'GET', `/api/deduplication-runs/${otherRunId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: otherRunId, keysTotal: 0, keysDone: 0 });
  });

  it('answers 404 to another GST (audited), 404 to an unknown run and 400 to a malformed id', async () => {
    const denied = await request(context.app, admin, 'GET', `/api/deduplication-runs/${otherRunId}`);
    expect(denied.statusCode).toBe(404);
    const audit = await searchAudit(context.app, otherAdmin, `outcome=denied&actorUserId=${admin.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'GET /api/deduplication-runs/:id', gstId: otherGstId });
    expect((await request(context.app, admin, 'GET', `/api/deduplication-runs/${randomUUID()}`)).statusCode).toBe(404);
    expect((await request(context.app, admin, 'GET', '/api/deduplication-runs/not-a-uuid')).statusCode).toBe(400);
  });

  it('answers 401 without a session and 403 to a director of the GST', async () => {
    expect((await request(context.app, null, 'GET', `/api/deduplication-runs/${otherRunId}`)).statusCode).toBe(401);
    const directorOther = await signIn(
      await buildUser(context.handle.db, 'gst_director', { scopeLevel: 'gst', gstId: otherGstId }),
    );
    expect((await request(context.app, directorOther, 'GET', `/api/deduplication-runs/${otherRunId}`)).statusCode).toBe(
      403,
    );
  });
});
