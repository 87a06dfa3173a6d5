import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertMatchCandidates } from '@tansiq/db';
import { duplicatePairComparisonSchema, duplicatePairPageSchema } from '@tansiq/domain';
import { buildUser, gstOf, testPassword } from '../testing/factories';
import { login, request, searchAudit, type TestSession } from '../testing/test-app';
import {
  buildDuplicateWorld,
  buildQueuedPair,
  pairRow,
  recordEncounter,
  type DuplicateWorld,
} from './duplicate-test-fixtures';

let world: DuplicateWorld;

beforeAll(async () => {
  world = await buildDuplicateWorld();
});

afterAll(async () => {
  await world.context.close();
});

const call = (session: TestSession | null, method: 'GET' | 'POST', url: string, payload?: unknown) =>
  request(world.context.app, session, method, url, payload);

describe('GET /api/duplicates', () => {
  it('lists the pending pairs of the GST most probable first, with both patients, audited once as a list view', async () => {
    // A GST of its own, so that pairs other test files queue at the same time cannot shift the order.
    const gst = await gstOf(world.db, '09');
    const admin = await buildUser(world.db, 'gst_admin', { scopeLevel: 'gst', gstId: gst.id });
    const session = await login(world.context.app, admin.username, testPassword);
    const likely = await buildQueuedPair(world, { gstId: gst.id, probability: 0.97 });
    const possible = await buildQueuedPair(world, { gstId: gst.id, probability: 0.91 });
    const response = await call(session, 'GET', `/api/duplicates?gstId=${gst.id}&pageSize=100`);
    expect(response.statusCode).toBe(200);
    const page = duplicatePairPageSchema.parse(response.json());
    const ids = page.items.map((item) => item.patientAId);
    expect(ids.indexOf(likely.patientAId)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(likely.patientAId)).toBeLessThan(ids.indexOf(possible.patientAId));
    const item = page.items.find((candidate) => candidate.patientAId === likely.patientAId);
    expect(item).toMatchObject({ status: 'pending', source: 'registration', probability: 0.97, version: 1 });
    const older = item?.patientA.id === likely.older.id ? item.patientA : item?.patientB;
    expect(older).toMatchObject({ givenNameLatin: 'Mohamed', familyNameLatin: 'El Amrani', birthDate: '1961' });
    expect(item?.reasons).toContainEqual({ field: 'given_name', level: 'phonetic', weight: 4.2 });
    const audit = await searchAudit(world.context.app, session, `action=duplicate.list&actorUserId=${admin.id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]?.details).toMatchObject({ status: 'pending', total: page.total });
    expect(audit.items[0]?.details?.patientIds).toEqual(expect.arrayContaining([likely.older.id, likely.newer.id]));
  });

  it('filters by status', async () => {
    const pair = await buildQueuedPair(world);
    await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 1 });
    const decided = duplicatePairPageSchema.parse(
      (await call(world.gstAdmin, 'GET', '/api/duplicates?status=not_duplicate&pageSize=100')).json(),
    );
    expect(decided.items.map((item) => item.patientAId)).toContain(pair.patientAId);
    expect(decided.items.every((item) => item.status === 'not_duplicate')).toBe(true);
  });

  it('rejects an unknown status or a page too large (400)', async () => {
    const response = await call(world.gstAdmin, 'GET', '/api/duplicates?status=maybe&pageSize=1000');
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['querystring.status', 'querystring.pageSize']));
  });

  it('answers 401 without a session, 403 to anyone but a GST administrator, 404 for another GST', async () => {
    expect((await call(null, 'GET', '/api/duplicates')).statusCode).toBe(401);
    expect((await call(world.nurse, 'GET', '/api/duplicates')).statusCode).toBe(403);
    expect((await call(world.nationalAdmin, 'GET', '/api/duplicates')).statusCode).toBe(403);
    expect((await call(world.gstAdmin, 'GET', `/api/duplicates?gstId=${world.oriental.id}`)).statusCode).toBe(404);
  });
});

describe('GET /api/duplicates/:patientAId/:patientBId', () => {
  it('compares both patients in full, with IPPs, encounter counts, field agreement and merge previews', async () => {
    const pair = await buildQueuedPair(world);
    await recordEncounter(world.db, world.tta.id, pair.newer.id, world.establishmentId);
    await recordEncounter(world.db, world.tta.id, pair.newer.id, world.establishmentId);
    // Either order of the ids reaches the same pair.
    const response = await call(world.gstAdmin, 'GET', `/api/duplicates/${pair.patientBId}/${pair.patientAId}`);
    expect(response.statusCode).toBe(200);
    const comparison = duplicatePairComparisonSchema.parse(response.json());
    const newerSide = comparison.sideA.patient.id === pair.newer.id ? comparison.sideA : comparison.sideB;
    expect(newerSide.patient).toMatchObject({ cin: 'LB123456', phones: ['+212661234567'] });
    expect(newerSide.registrations).toHaveLength(1);
    expect(newerSide.registrations[0]?.localId).toMatch(/^IPP-/);
    expect(newerSide.encounterCounts).toEqual([
      expect.objectContaining({ establishmentId: world.establishmentId, count: 2 }),
    ]);
    const agreement = Object.fromEntries(comparison.fields.map((field) => [field.field, field.agreement]));
    // Mohamed and Mohammed are one name for the engine; "El Amrani" and "Amrani" only partly agree.
    expect(agreement).toMatchObject({
      givenNameLatin: 'agree',
      familyNameLatin: 'partial',
      sex: 'agree',
      birthDate: 'partial',
      cin: 'missing',
      communeCode: 'agree',
    });
    expect(comparison.defaultSurvivorId).toBe(pair.older.id);
    expect(comparison.previews.map((preview) => preview.survivorId)).toEqual([pair.older.id, pair.newer.id]);
    expect(comparison.previews[0]?.state).toMatchObject({
      givenNameLatin: 'Mohamed',
      cin: 'LB123456',
      birthDate: '1961-04-02',
    });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=patient.compare&entityId=${pair.newer.id}`,
    );
    expect(audit.items[0]).toMatchObject({ patientId: pair.newer.id, details: { otherPatientId: pair.older.id } });
  });

  it('rejects malformed ids and a pair of one patient (400)', async () => {
    const pair = await buildQueuedPair(world);
    const malformed = await call(world.gstAdmin, 'GET', `/api/duplicates/${pair.patientAId}/nope`);
    expect(malformed.statusCode).toBe(400);
    const same = await call(world.gstAdmin, 'GET', `/api/duplicates/${pair.patientAId}/${pair.patientAId}`);
    expect(same.statusCode).toBe(400);
  });

  it('answers 401, 403 to a nurse, 404 to another GST (audited) and for a pair never queued', async () => {
    const pair = await buildQueuedPair(world);
    expect((await call(null, 'GET', pair.url)).statusCode).toBe(401);
    expect((await call(world.nurse, 'GET', pair.url)).statusCode).toBe(403);
    expect((await call(world.orientalAdmin, 'GET', pair.url)).statusCode).toBe(404);
    // The nurse's 403 and the other GST's 404 both land in TTA's audit trail.
    const action = encodeURIComponent('GET /api/duplicates/:patientAId/:patientBId');
    const denied = await searchAudit(world.context.app, world.gstAdmin, `outcome=denied&action=${action}&pageSize=200`);
    const ofPair = denied.items.filter((event) => event.entityId === pair.url);
    expect(ofPair.map((event) => event.gstId)).toEqual([world.tta.id, world.tta.id]);
    const other = await buildQueuedPair(world);
    const unqueued = await call(world.gstAdmin, 'GET', `/api/duplicates/${pair.older.id}/${other.older.id}`);
    expect(unqueued.statusCode).toBe(404);
  });
});

describe('POST /api/duplicates/:patientAId/:patientBId/not-duplicate', () => {
  it('remembers that they are two people, audited, and a later search or batch does not queue them again', async () => {
    const pair = await buildQueuedPair(world);
    const response = await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'not_duplicate',
      version: 2,
      decidedBy: { id: world.gstAdmin.userId },
    });
    await insertMatchCandidates(world.db, world.tta.id, [
      { patientIds: [pair.newer.id, pair.older.id], probability: 0.99, reasons: [], source: 'batch' },
    ]);
    expect(await pairRow(world.db, world.tta.id, pair.older.id, pair.newer.id)).toMatchObject({
      status: 'not_duplicate',
      version: 2,
    });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=duplicate.not_duplicate&entityId=${pair.patientAId}`,
    );
    expect(audit.items[0]?.details).toMatchObject({ patientBId: pair.patientBId });
  });

  it('answers 409 to a stale version or a pair already decided', async () => {
    const pair = await buildQueuedPair(world);
    expect((await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 1 })).statusCode).toBe(200);
    expect((await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 1 })).statusCode).toBe(409);
    expect((await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 2 })).statusCode).toBe(409);
  });

  it('answers 400 without a version, 401, 403 to a nurse and 404 to another GST, changing nothing', async () => {
    const pair = await buildQueuedPair(world);
    expect((await call(world.gstAdmin, 'POST', `${pair.url}/not-duplicate`, {})).statusCode).toBe(400);
    expect((await call(null, 'POST', `${pair.url}/not-duplicate`, { version: 1 })).statusCode).toBe(401);
    expect((await call(world.nurse, 'POST', `${pair.url}/not-duplicate`, { version: 1 })).statusCode).toBe(403);
    expect((await call(world.orientalAdmin, 'POST', `${pair.url}/not-duplicate`, { version: 1 })).statusCode).toBe(404);
    expect(await pairRow(world.db, world.tta.id, pair.older.id, pair.newer.id)).toMatchObject({
      status: 'pending',
      version: 1,
    });
  });
});
