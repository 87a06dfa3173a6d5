import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeResultSchema, patientBlockingKeys, patientMergeSchema, toDemographics } from '@tansiq/domain';
import { findPatientsByIds, updatePatientState } from '@tansiq/db';
import { buildUser, testPassword } from '../testing/factories';
import { login, request, searchAudit, type TestSession } from '../testing/test-app';
import {
  buildDuplicateWorld,
  buildQueuedPair,
  matchKeysOf,
  pairRow,
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

const patient = async (id: string) => {
  const [found] = await findPatientsByIds(world.db, world.tta.id, [id]);
  if (!found) {
    throw new Error(`No patient ${id}`);
  }
  return found;
};

/** A queued pair merged by the TTA administrator into its older record. */
async function mergedPair() {
  const pair = await buildQueuedPair(world);
  const response = await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id, version: 1 });
  expect(response.statusCode).toBe(200);
  return { ...pair, ...mergeResultSchema.parse(response.json()) };
}

describe('POST /api/duplicates/:patientAId/:patientBId/merge', () => {
  it('merges into the chosen survivor: golden record, IPPs kept, keys moved, pair decided, audited', async () => {
    const pair = await buildQueuedPair(world);
    const newerKeys = patientBlockingKeys([pair.newer.state]).flat();
    const response = await call(world.gstAdmin, 'POST', `${pair.url}/merge`, {
      survivorId: pair.older.id,
      version: 1,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ goldenId: pair.older.id, mergedId: pair.newer.id });
    expect(await patient(pair.older.id)).toMatchObject({
      status: 'active',
      version: 2,
      givenNameLatin: 'Mohamed',
      familyNameArabic: 'العمراني',
      birthDate: '1961-04-02',
      cin: 'LB123456',
    });
    expect(await patient(pair.newer.id)).toMatchObject({ status: 'merged', mergedIntoId: pair.older.id });
    expect(await matchKeysOf(world.db, world.tta.id, pair.newer.id)).toEqual([]);
    expect(await matchKeysOf(world.db, world.tta.id, pair.older.id)).toEqual(expect.arrayContaining(newerKeys));
    expect(await pairRow(world.db, world.tta.id, pair.older.id, pair.newer.id)).toMatchObject({
      status: 'merged',
      version: 2,
      decided_by: world.gstAdmin.userId,
    });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=patient.merge&entityId=${pair.older.id}`,
    );
    expect(audit.items[0]).toMatchObject({
      actorUserId: world.gstAdmin.userId,
      patientId: pair.older.id,
      details: { mergedId: pair.newer.id, automatic: false, probability: 0.93 },
    });
    const merges = await call(world.gstAdmin, 'GET', `/api/patients/${pair.older.id}/merges`);
    const registrations = await call(world.gstAdmin, 'GET', `/api/duplicates/${pair.patientAId}/${pair.patientBId}`);
    expect(merges.json()).toHaveLength(1);
    const sides = registrations.json<{ sideA: { registrations: unknown[] }; sideB: { registrations: unknown[] } }>();
    expect([sides.sideA.registrations.length, sides.sideB.registrations.length].sort()).toEqual([1, 2]);
  });

  it('keeps the newer record when the reviewer chooses it', async () => {
    const pair = await buildQueuedPair(world);
    const response = await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.newer.id, version: 1 });
    expect(response.json()).toMatchObject({ goldenId: pair.newer.id, mergedId: pair.older.id });
    expect(await patient(pair.newer.id)).toMatchObject({ givenNameLatin: 'Mohammed', cin: 'LB123456' });
  });

  it('answers 409 to a stale version and to a pair already merged', async () => {
    const pair = await buildQueuedPair(world);
    const stale = await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id, version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(
      (await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id, version: 1 })).statusCode,
    ).toBe(200);
    expect(
      (await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id, version: 2 })).statusCode,
    ).toBe(409);
  });

  it('lets one of two concurrent merges of the same pair win; the other gets 409', async () => {
    const pair = await buildQueuedPair(world);
    const responses = await Promise.all([
      call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id, version: 1 }),
      call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.newer.id, version: 1 }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const [older, newer] = [await patient(pair.older.id), await patient(pair.newer.id)];
    expect([older.status, newer.status].sort()).toEqual(['active', 'merged']);
  });

  it('answers 400 to a survivor outside the pair or a missing version', async () => {
    const pair = await buildQueuedPair(world);
    const stranger = await buildQueuedPair(world);
    const outside = await call(world.gstAdmin, 'POST', `${pair.url}/merge`, {
      survivorId: stranger.older.id,
      version: 1,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.issues[0].path).toEqual(['survivorId']);
    expect((await call(world.gstAdmin, 'POST', `${pair.url}/merge`, { survivorId: pair.older.id })).statusCode).toBe(
      400,
    );
  });

  it('answers 401, 403 to a nurse, 404 to another GST, merging nothing', async () => {
    const pair = await buildQueuedPair(world);
    const body = { survivorId: pair.older.id, version: 1 };
    expect((await call(null, 'POST', `${pair.url}/merge`, body)).statusCode).toBe(401);
    expect((await call(world.nurse, 'POST', `${pair.url}/merge`, body)).statusCode).toBe(403);
    expect((await call(world.orientalAdmin, 'POST', `${pair.url}/merge`, body)).statusCode).toBe(404);
    expect((await call(world.nationalAdmin, 'POST', `${pair.url}/merge`, body)).statusCode).toBe(403);
    expect(await patient(pair.newer.id)).toMatchObject({ status: 'active', version: 1 });
  });
});

describe('POST /api/patient-merges/:mergeId/unmerge', () => {
  it('restores both records, gives the keys back, remembers two people, audited', async () => {
    const merge = await mergedPair();
    const olderKeys = patientBlockingKeys([merge.older.state]).flat().sort();
    const newerKeys = patientBlockingKeys([merge.newer.state]).flat().sort();
    const response = await call(world.gstAdmin, 'POST', `/api/patient-merges/${merge.mergeId}/unmerge`, {});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mergeId: merge.mergeId, survivorId: merge.older.id, restoredId: merge.newer.id });
    expect(toDemographics(await patient(merge.older.id))).toEqual(merge.older.state);
    expect(await patient(merge.older.id)).toMatchObject({ version: 3, status: 'active' });
    expect(await patient(merge.newer.id)).toMatchObject({ status: 'active', mergedIntoId: null, version: 3 });
    expect(await matchKeysOf(world.db, world.tta.id, merge.older.id)).toEqual(olderKeys);
    expect(await matchKeysOf(world.db, world.tta.id, merge.newer.id)).toEqual(newerKeys);
    expect(await pairRow(world.db, world.tta.id, merge.older.id, merge.newer.id)).toMatchObject({
      status: 'not_duplicate',
    });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=patient.unmerge&entityId=${merge.older.id}`,
    );
    expect(audit.items[0]?.details).toMatchObject({
      mergeId: merge.mergeId,
      restoredId: merge.newer.id,
      requeue: false,
    });
  });

  it('keeps the edits made to the golden record after the merge', async () => {
    const merge = await mergedPair();
    const golden = await patient(merge.older.id);
    // After the merge someone corrects the CIN the merge brought, and adds an address.
    const edited = { ...toDemographics(golden), cin: 'LB654321', address: 'Douar Tizi, Bab Taza' };
    await world.db.transaction((tx) =>
      updatePatientState(
        tx,
        world.tta.id,
        {
          id: golden.id,
          version: golden.version + 1,
          state: edited,
          action: 'updated',
          changes: [{ field: 'cin', before: golden.cin, after: 'LB654321' }],
        },
        world.gstAdmin.userId,
      ),
    );
    expect((await call(world.gstAdmin, 'POST', `/api/patient-merges/${merge.mergeId}/unmerge`, {})).statusCode).toBe(
      200,
    );
    expect(await patient(merge.older.id)).toMatchObject({
      cin: 'LB654321',
      address: 'Douar Tizi, Bab Taza',
      birthDate: '1961',
      givenNameArabic: null,
      phones: [],
    });
  });

  it('sends the pair back to the queue when asked', async () => {
    const merge = await mergedPair();
    const response = await call(world.gstAdmin, 'POST', `/api/patient-merges/${merge.mergeId}/unmerge`, {
      requeue: true,
    });
    expect(response.statusCode).toBe(200);
    expect(await pairRow(world.db, world.tta.id, merge.older.id, merge.newer.id)).toMatchObject({ status: 'pending' });
  });

  it('answers 409 to a merge already undone', async () => {
    const merge = await mergedPair();
    const url = `/api/patient-merges/${merge.mergeId}/unmerge`;
    expect((await call(world.gstAdmin, 'POST', url, {})).statusCode).toBe(200);
    expect((await call(world.gstAdmin, 'POST', url, {})).statusCode).toBe(409);
  });

  it('answers 400, 401, 403 to a nurse, 404 to another GST and for an unknown merge', async () => {
    const merge = await mergedPair();
    const url = `/api/patient-merges/${merge.mergeId}/unmerge`;
    expect((await call(world.gstAdmin, 'POST', '/api/patient-merges/nope/unmerge', {})).statusCode).toBe(400);
    expect((await call(world.gstAdmin, 'POST', url, { requeue: 'yes' })).statusCode).toBe(400);
    expect((await call(null, 'POST', url, {})).statusCode).toBe(401);
    expect((await call(world.nurse, 'POST', url, {})).statusCode).toBe(403);
    expect((await call(world.orientalAdmin, 'POST', url, {})).statusCode).toBe(404);
    const unknown = `/api/patient-merges/${crypto.randomUUID()}/unmerge`;
    expect((await call(world.gstAdmin, 'POST', unknown, {})).statusCode).toBe(404);
    expect(await patient(merge.newer.id)).toMatchObject({ status: 'merged' });
  });
});

describe('GET /api/patients/:id/merges', () => {
  it('lists the merges of a golden record: who, when, automatic or not, undone or not', async () => {
    const merge = await mergedPair();
    const first = await call(world.gstAdmin, 'GET', `/api/patients/${merge.older.id}/merges`);
    expect(first.statusCode).toBe(200);
    const [listed] = first.json<unknown[]>().map((item) => patientMergeSchema.parse(item));
    expect(listed).toMatchObject({
      id: merge.mergeId,
      mergedId: merge.newer.id,
      automatic: false,
      undoneAt: null,
      mergedBy: { id: world.gstAdmin.userId },
      merged: { givenNameLatin: 'Mohammed', regionalId: merge.newer.regionalId },
    });
    expect(listed?.survivorChanges.map((change) => change.field)).toContain('cin');
    // The merged record's id leads to its golden record.
    expect((await call(world.gstAdmin, 'GET', `/api/patients/${merge.newer.id}/merges`)).json()).toHaveLength(1);
    await call(world.gstAdmin, 'POST', `/api/patient-merges/${merge.mergeId}/unmerge`, {});
    const after = await call(world.gstAdmin, 'GET', `/api/patients/${merge.older.id}/merges`);
    expect(after.json()[0]).toMatchObject({ undoneBy: { id: world.gstAdmin.userId } });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=patient.merges.view&entityId=${merge.older.id}`,
    );
    expect(audit.items.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 400, 401, 403 to a nurse of the patient’s establishment, 404 to another GST', async () => {
    const merge = await mergedPair();
    const url = `/api/patients/${merge.older.id}/merges`;
    expect((await call(world.gstAdmin, 'GET', '/api/patients/nope/merges')).statusCode).toBe(400);
    expect((await call(null, 'GET', url)).statusCode).toBe(401);
    expect((await call(world.nurse, 'GET', url)).statusCode).toBe(403);
    expect((await call(world.orientalAdmin, 'GET', url)).statusCode).toBe(404);
    const secretary = await buildUser(world.db, 'secretary', {
      scopeLevel: 'establishment',
      gstId: world.tta.id,
      establishmentId: world.establishmentId,
    });
    const desk = await login(world.context.app, secretary.username, testPassword);
    expect((await call(desk, 'GET', url)).statusCode).toBe(403);
  });
});
