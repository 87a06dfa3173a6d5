import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@tansiq/db';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword, unique } from '../testing/factories';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let gstAdmin: TestSession;
let orientalAdmin: TestSession;
let nationalAdmin: TestSession;
let nurse: TestSession;
let ttaEstablishmentIds: string[];
let orientalEstablishmentId: string;
let createdUserId: string;

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

const search = (session: TestSession, query: string) => searchAudit(context.app, session, query);

const establishmentInput = (provinceCode: string, lon: number, lat: number) => ({
  code: `A-${unique()}`,
  nameFr: 'Centre de santé pour l’audit',
  nameAr: 'مركز صحي للتدقيق',
  type: 'CSR-1',
  level: 'primary',
  provinceCode,
  communeCode: null,
  lon,
  lat,
  services: [{ specialtyCode: 'general_medicine', beds: 0 }],
  equipment: [],
  openingHours: null,
});

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  const own = await buildEstablishment(db, tta.id);
  const users = {
    gstAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id }),
    orientalAdmin: await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id }),
    nationalAdmin: await buildUser(db, 'national_admin', { scopeLevel: 'national' }),
    nurse: await buildUser(db, 'nurse', { scopeLevel: 'establishment', gstId: tta.id, establishmentId: own.id }),
  };
  gstAdmin = await login(context.app, users.gstAdmin.username, testPassword);
  orientalAdmin = await login(context.app, users.orientalAdmin.username, testPassword);
  nationalAdmin = await login(context.app, users.nationalAdmin.username, testPassword);
  nurse = await login(context.app, users.nurse.username, testPassword);
  // Events to search: three establishments and one account in TTA, one establishment in Oriental.
  ttaEstablishmentIds = [];
  for (let index = 0; index < 3; index += 1) {
    const created = await request(
      context.app,
      gstAdmin,
      'POST',
      '/api/establishments',
      establishmentInput('01.151', -5.1516, 35.0557),
    );
    expect(created.statusCode).toBe(201);
    ttaEstablishmentIds.push(created.json().id);
  }
  const user = await request(context.app, gstAdmin, 'POST', '/api/users', {
    username: `audited.${unique().toLowerCase()}`,
    displayName: 'Compte audité',
    password: 'a long enough passphrase',
    homeGstId: tta.id,
    assignments: [
      { role: 'nurse', scopeLevel: 'establishment', gstId: tta.id, establishmentId: own.id, validFrom: '2025-10-01' },
    ],
  });
  expect(user.statusCode).toBe(201);
  createdUserId = user.json().id;
  const foreign = await request(
    context.app,
    orientalAdmin,
    'POST',
    '/api/establishments',
    establishmentInput('02.411', -1.9086, 34.6814),
  );
  expect(foreign.statusCode).toBe(201);
  orientalEstablishmentId = foreign.json().id;
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/audit-events', () => {
  it('shows a GST admin the events of their GST only, newest first, with the actor’s name', async () => {
    const page = await search(gstAdmin, 'pageSize=200');
    expect(page.items.length).toBeGreaterThanOrEqual(4);
    expect(page.items.every((event) => event.gstId === tta.id)).toBe(true);
    const entityIds = page.items.map((event) => event.entityId);
    expect(entityIds).toEqual(expect.arrayContaining([...ttaEstablishmentIds, createdUserId]));
    expect(entityIds).not.toContain(orientalEstablishmentId);
    const times = page.items.map((event) => event.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.items.find((event) => event.entityId === createdUserId)?.actorName).toBe('Test gst_admin');
  });

  it('lets a national admin read every GST, and the GST admin of the other GST only theirs', async () => {
    const national = await search(nationalAdmin, `entityId=${orientalEstablishmentId}`);
    expect(national.items).toEqual([expect.objectContaining({ action: 'establishment.create', gstId: oriental.id })]);
    const foreign = await search(orientalAdmin, 'pageSize=200');
    expect(foreign.items.every((event) => event.gstId === oriental.id)).toBe(true);
    expect(foreign.items.map((event) => event.entityId)).toContain(orientalEstablishmentId);
  });

  it('filters by action prefix, entity type and outcome', async () => {
    const byAction = await search(gstAdmin, 'action=establishment.&pageSize=200');
    expect(byAction.items.length).toBeGreaterThanOrEqual(3);
    expect(byAction.items.every((event) => event.action.startsWith('establishment.'))).toBe(true);
    const byType = await search(gstAdmin, 'entityType=user&pageSize=200');
    expect(byType.items.map((event) => event.entityId)).toContain(createdUserId);
    expect(byType.items.every((event) => event.entityType === 'user')).toBe(true);
    // Other test files write to the same database in parallel, so compare contents, not totals.
    const successes = await search(gstAdmin, 'outcome=success&pageSize=200');
    expect(successes.items.length).toBeGreaterThan(0);
    expect(successes.items.every((event) => event.outcome === 'success')).toBe(true);
    expect((await request(context.app, nurse, 'GET', '/api/users')).statusCode).toBe(403);
    const denials = await search(nationalAdmin, `outcome=denied&actorUserId=${nurse.userId}`);
    expect(denials.items[0]).toMatchObject({ action: 'GET /api/users', outcome: 'denied', entityType: 'request' });
  });

  it('filters by date range', async () => {
    const today = await search(gstAdmin, `from=${isoDay(0)}&to=${isoDay(0)}&action=establishment.create&pageSize=200`);
    expect(today.items.map((event) => event.entityId)).toEqual(expect.arrayContaining(ttaEstablishmentIds));
    expect((await search(gstAdmin, `from=${isoDay(1)}`)).total).toBe(0);
    expect((await search(gstAdmin, `to=${isoDay(-1)}`)).total).toBe(0);
    const around = await search(
      gstAdmin,
      `from=${isoDay(-1)}&to=${isoDay(1)}&action=establishment.create&pageSize=200`,
    );
    expect(around.items.map((event) => event.entityId)).toEqual(expect.arrayContaining(ttaEstablishmentIds));
  });

  it('pages through the results', async () => {
    const all = await search(gstAdmin, 'action=establishment.create&pageSize=200');
    expect(all.total).toBeGreaterThanOrEqual(3);
    const first = await search(gstAdmin, 'action=establishment.create&pageSize=2&page=1');
    const second = await search(gstAdmin, 'action=establishment.create&pageSize=2&page=2');
    expect(first).toMatchObject({ total: all.total, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(Math.min(2, all.total - 2));
    expect([...first.items, ...second.items].map((event) => event.id)).toEqual(
      all.items.slice(0, 4).map((event) => event.id),
    );
    expect((await search(gstAdmin, `action=establishment.create&pageSize=2&page=${all.total + 1}`)).items).toEqual([]);
  });

  it('answers 400 for bad parameters and 401 without a session', async () => {
    for (const query of ['pageSize=500', 'page=0', 'outcome=maybe', 'from=2026-13-01', 'gstId=tta', 'actor=someone']) {
      const response = await request(context.app, gstAdmin, 'GET', `/api/audit-events?${query}`);
      expect(response.statusCode, query).toBe(400);
    }
    expect((await request(context.app, null, 'GET', '/api/audit-events')).statusCode).toBe(401);
  });

  it('answers 403 to a nurse and to a GST admin asking for another GST, auditing the denial', async () => {
    expect((await request(context.app, nurse, 'GET', '/api/audit-events')).statusCode).toBe(403);
    expect((await request(context.app, gstAdmin, 'GET', `/api/audit-events?gstId=${oriental.id}`)).statusCode).toBe(
      403,
    );
    expect((await request(context.app, gstAdmin, 'GET', `/api/audit-events?gstId=${tta.id}`)).statusCode).toBe(200);
    const denials = await search(nationalAdmin, `outcome=denied&actorUserId=${gstAdmin.userId}`);
    expect(denials.items[0]).toMatchObject({
      action: 'GET /api/audit-events',
      entityId: `/api/audit-events?gstId=${oriental.id}`,
    });
  });
});

describe('the audit_events table', () => {
  /**
   * Runs a statement that must be refused, inside a transaction that is rolled back in any case: if the trigger were
   * missing, nothing would change in the database that the other test files share on the PostgreSQL server.
   */
  async function refusal(statement: ReturnType<typeof sql>): Promise<string> {
    try {
      await context.handle.db.transaction(async (tx) => {
        await tx.execute(statement);
        throw new Error('the statement was accepted');
      });
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause;
      return `${(error as Error).message} ${cause?.message ?? ''}`;
    }
    return 'no error';
  }

  const countRows = async () => {
    const [row] = await queryRows(context.handle.db, sql`select count(*)::int as total from audit_events`);
    return Number(row?.total);
  };

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const before = await countRows();
    expect(before).toBeGreaterThan(0);
    expect(await refusal(sql`update audit_events set outcome = 'success' where outcome = 'denied'`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`update audit_events set action = 'tampered'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_events`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate audit_events`)).toMatch(/append-only/);
    expect(await countRows()).toBeGreaterThanOrEqual(before);
    expect((await search(nationalAdmin, 'action=tampered')).total).toBe(0);
  });

  it('still accepts new events', async () => {
    expect(
      await refusal(
        sql`insert into audit_events (action, entity_type, outcome) values ('test.insert', 'test', 'success')`,
      ),
    ).toMatch(/the statement was accepted/);
  });
});
