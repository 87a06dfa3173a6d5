import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPathwayInForce } from '@tansiq/db';
import { pathwayMapSchema, todayInMorocco, type PathwayMap } from '@tansiq/domain';
import { buildEstablishment, gstOf } from '../testing/factories';
import { createTestContext, request, searchAudit, type TestContext, type TestSession } from '../testing/test-app';
import { buildPyramid, insertSentReferral, pathwayTestRegion, sessionOf } from './pathway-test-setup';

let context: TestContext;
let gst: { id: string };
let pyramid: Awaited<ReturnType<typeof buildPyramid>>;
let admin: TestSession;
let physician: TestSession;
let orientalAdmin: TestSession;
let draft: PathwayMap;

const today = todayInMorocco();
const originRow = (map: PathwayMap, originId: string) => map.origins.find((row) => row.origin.id === originId);
const destinationIds = (map: PathwayMap, originId: string) =>
  originRow(map, originId)?.destinations.map((destination) => destination.establishment.id);
const rowInput = (overrides: Record<string, unknown> = {}) => ({
  revision: draft.revision,
  destinationIds: [pyramid.chr.id, pyramid.hp.id],
  maxDelayRoutineDays: 20,
  maxDelayUrgentDays: 2,
  maxDelayEmergencyHours: 4,
  teleexpertiseFirst: true,
  returnEstablishmentId: pyramid.csr.id,
  ...overrides,
});

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  gst = await gstOf(db, pathwayTestRegion);
  const oriental = await gstOf(db, '02');
  pyramid = await buildPyramid(db, gst.id);
  admin = await sessionOf(context, 'gst_admin', { scopeLevel: 'gst', gstId: gst.id });
  physician = await sessionOf(context, 'physician', {
    scopeLevel: 'establishment',
    gstId: gst.id,
    establishmentId: pyramid.csr.id,
  });
  orientalAdmin = await sessionOf(context, 'gst_admin', { scopeLevel: 'gst', gstId: oriental.id });
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/pathway-maps', () => {
  it('generates the default draft, audited, with the nearest higher-ranked destinations and no issue', async () => {
    const response = await request(context.app, admin, 'POST', '/api/pathway-maps', {
      gstId: gst.id,
      specialtyCode: 'paediatrics',
    });
    expect(response.statusCode).toBe(201);
    draft = pathwayMapSchema.parse(response.json());
    expect(draft).toMatchObject({ status: 'draft', version: 1, revision: 1, effectiveFrom: null, issues: [] });
    expect(destinationIds(draft, pyramid.csr.id)).toEqual([pyramid.hp.id, pyramid.chp.id, pyramid.chr.id]);
    expect(destinationIds(draft, pyramid.chp.id)).toEqual([pyramid.chr.id]);
    expect(originRow(draft, pyramid.chr.id)).toBeUndefined();
    const audit = await searchAudit(context.app, admin, `action=pathway_map.create_draft&entityId=${draft.id}`);
    expect(audit.items[0]).toMatchObject({ actorUserId: admin.userId, outcome: 'success' });
  });

  it('refuses a second draft of the same specialty (409)', async () => {
    const response = await request(context.app, admin, 'POST', '/api/pathway-maps', {
      gstId: gst.id,
      specialtyCode: 'paediatrics',
    });
    expect(response.statusCode).toBe(409);
  });

  it('refuses to copy the map in force when there is none (400, on the source)', async () => {
    const response = await request(context.app, admin, 'POST', '/api/pathway-maps', {
      gstId: gst.id,
      specialtyCode: 'cardiology',
      source: 'in_force',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['source']);
  });

  it.each<[string, () => TestSession | null, Record<string, unknown>, number]>([
    ['an unknown specialty', () => admin, { specialtyCode: 'astrology' }, 400],
    ['an anonymous caller', () => null, {}, 401],
    ['a physician', () => physician, {}, 403],
    ['an administrator of another GST', () => orientalAdmin, {}, 404],
  ])('refuses %s', async (_name, session, overrides, status) => {
    const body = { gstId: gst.id, specialtyCode: 'ophthalmology', ...overrides };
    const response = await request(context.app, session(), 'POST', '/api/pathway-maps', body);
    expect(response.statusCode).toBe(status);
  });
});

describe('GET /api/pathway-maps and /api/pathway-maps/:id', () => {
  it('lists the versions of a specialty for anyone working in the GST', async () => {
    const response = await request(
      context.app,
      physician,
      'GET',
      `/api/pathway-maps?gstId=${gst.id}&specialtyCode=paediatrics`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({ id: draft.id, status: 'draft', inForce: false, originCount: draft.origins.length }),
    ]);
  });

  it('shows one map with its rows to a physician of the GST', async () => {
    const response = await request(context.app, physician, 'GET', `/api/pathway-maps/${draft.id}`);
    expect(response.statusCode).toBe(200);
    expect(pathwayMapSchema.parse(response.json()).origins).toHaveLength(draft.origins.length);
  });

  it.each<[string, () => TestSession | null, () => string, number]>([
    ['a list without GST', () => admin, () => '/api/pathway-maps', 400],
    ['a malformed id', () => admin, () => '/api/pathway-maps/not-a-uuid', 400],
    ['an anonymous caller', () => null, () => `/api/pathway-maps/${draft.id}`, 401],
    ['another GST’s map', () => orientalAdmin, () => `/api/pathway-maps/${draft.id}`, 404],
    ['another GST’s list', () => orientalAdmin, () => `/api/pathway-maps?gstId=${gst.id}`, 404],
    ['an unknown map', () => admin, () => `/api/pathway-maps/${randomUUID()}`, 404],
  ])('refuses %s', async (_name, session, url, status) => {
    expect((await request(context.app, session(), 'GET', url())).statusCode).toBe(status);
  });
});

describe('PATCH /api/pathway-maps/:id/origins/:originId', () => {
  const url = (originId: string) => `/api/pathway-maps/${draft.id}/origins/${originId}`;

  it('replaces the row of an origin and moves the draft to its next revision, audited', async () => {
    const response = await request(context.app, admin, 'PATCH', url(pyramid.csr.id), rowInput());
    expect(response.statusCode).toBe(200);
    const updated = pathwayMapSchema.parse(response.json());
    expect(updated.revision).toBe(draft.revision + 1);
    expect(originRow(updated, pyramid.csr.id)).toMatchObject({
      maxDelayRoutineDays: 20,
      maxDelayUrgentDays: 2,
      maxDelayEmergencyHours: 4,
      teleexpertiseFirst: true,
      destinations: [
        { rank: 1, establishment: { id: pyramid.chr.id } },
        { rank: 2, establishment: { id: pyramid.hp.id } },
      ],
    });
    const audit = await searchAudit(context.app, admin, `action=pathway_map.update_origin&entityId=${draft.id}`);
    expect(audit.items).toHaveLength(1);
    draft = updated;
  });

  it('refuses a stale revision (409)', async () => {
    const response = await request(context.app, admin, 'PATCH', url(pyramid.csr.id), rowInput({ revision: 1 }));
    expect(response.statusCode).toBe(409);
  });

  it('refuses a destination that does not fit, next to its field (400)', async () => {
    const response = await request(
      context.app,
      admin,
      'PATCH',
      url(pyramid.hp.id),
      rowInput({ destinationIds: [pyramid.chr.id, pyramid.csr.id], returnEstablishmentId: pyramid.hp.id }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['destinationIds', 1], code: 'destination_lacks_specialty' }),
      ]),
    );
  });

  it.each<[string, () => TestSession | null, () => string, Record<string, unknown>, number]>([
    [
      'an urgent delay longer than the routine one',
      () => admin,
      () => url(pyramid.csr.id),
      { maxDelayUrgentDays: 40 },
      400,
    ],
    ['an anonymous caller', () => null, () => url(pyramid.csr.id), {}, 401],
    ['a physician', () => physician, () => url(pyramid.csr.id), {}, 403],
    ['another GST’s administrator', () => orientalAdmin, () => url(pyramid.csr.id), {}, 404],
    ['an origin that is not in the GST', () => admin, () => url(randomUUID()), {}, 404],
  ])('refuses %s', async (_name, session, target, overrides, status) => {
    expect((await request(context.app, session(), 'PATCH', target(), rowInput(overrides))).statusCode).toBe(status);
  });
});

describe('POST /api/pathway-maps/:id/publish', () => {
  const url = () => `/api/pathway-maps/${draft.id}/publish`;

  it('refuses an effective date in the past (400)', async () => {
    const response = await request(context.app, admin, 'POST', url(), {
      revision: draft.revision,
      effectiveFrom: '2020-01-01',
    });
    expect(response.statusCode).toBe(400);
  });

  it('refuses a physician (403)', async () => {
    const response = await request(context.app, physician, 'POST', url(), {
      revision: draft.revision,
      effectiveFrom: today,
    });
    expect(response.statusCode).toBe(403);
  });

  it('refuses a map that leaves a primary care centre uncovered, with the issues (400)', async () => {
    const newCentre = await buildEstablishment(context.handle.db, gst.id, {
      type: 'CSU-1',
      provinceCode: '11.321',
      lon: -13.19,
      lat: 27.14,
    });
    const response = await request(context.app, admin, 'POST', url(), {
      revision: draft.revision,
      effectiveFrom: today,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues).toEqual([
      expect.objectContaining({ path: ['origins', newCentre.id], code: 'primary_care_not_covered' }),
    ]);
    const fixed = await request(
      context.app,
      admin,
      'PATCH',
      `/api/pathway-maps/${draft.id}/origins/${newCentre.id}`,
      rowInput({ returnEstablishmentId: newCentre.id }),
    );
    expect(fixed.statusCode).toBe(200);
    draft = pathwayMapSchema.parse(fixed.json());
    expect(draft.issues).toEqual([]);
  });

  it('publishes a valid draft from today: it is then the map in force the referral feature reads', async () => {
    const response = await request(context.app, admin, 'POST', url(), {
      revision: draft.revision,
      effectiveFrom: today,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'published', effectiveFrom: today, inForce: true });
    const inForce = await findPathwayInForce(context.handle.db, gst.id, 'paediatrics', pyramid.csr.id, today);
    expect(inForce).toEqual({
      mapId: draft.id,
      version: 1,
      effectiveFrom: today,
      origin: {
        maxDelayRoutineDays: 20,
        maxDelayUrgentDays: 2,
        maxDelayEmergencyHours: 4,
        teleexpertiseFirst: true,
        returnEstablishmentId: pyramid.csr.id,
      },
      destinations: [
        { rank: 1, establishmentId: pyramid.chr.id },
        { rank: 2, establishmentId: pyramid.hp.id },
      ],
    });
    expect(
      await findPathwayInForce(context.handle.db, gst.id, 'paediatrics', pyramid.csr.id, '2020-01-01'),
    ).toBeUndefined();
    expect(await findPathwayInForce(context.handle.db, gst.id, 'cardiology', pyramid.csr.id, today)).toBeUndefined();
  });

  it('refuses to publish or edit a published map (409)', async () => {
    const publish = await request(context.app, admin, 'POST', url(), {
      revision: draft.revision + 1,
      effectiveFrom: today,
    });
    expect(publish.statusCode).toBe(409);
    const edit = await request(
      context.app,
      admin,
      'PATCH',
      `/api/pathway-maps/${draft.id}/origins/${pyramid.csr.id}`,
      rowInput({ revision: draft.revision + 1 }),
    );
    expect(edit.statusCode).toBe(409);
  });

  it('copies the map in force into a new draft version', async () => {
    const response = await request(context.app, admin, 'POST', '/api/pathway-maps', {
      gstId: gst.id,
      specialtyCode: 'paediatrics',
      source: 'in_force',
    });
    expect(response.statusCode).toBe(201);
    const copy = pathwayMapSchema.parse(response.json());
    expect(copy).toMatchObject({ version: 2, status: 'draft' });
    expect(destinationIds(copy, pyramid.csr.id)).toEqual([pyramid.chr.id, pyramid.hp.id]);
  });
});

describe('DELETE /api/pathway-maps/:id', () => {
  let cardiology: PathwayMap;
  const url = (query: string) => `/api/pathway-maps/${cardiology.id}${query}`;

  beforeAll(async () => {
    const response = await request(context.app, admin, 'POST', '/api/pathway-maps', {
      gstId: gst.id,
      specialtyCode: 'cardiology',
    });
    cardiology = pathwayMapSchema.parse(response.json());
  });

  it.each<[string, () => TestSession | null, string, number]>([
    ['a missing revision', () => admin, '', 400],
    ['an anonymous caller', () => null, '?revision=1', 401],
    ['a physician', () => physician, '?revision=1', 403],
    ['another GST’s administrator', () => orientalAdmin, '?revision=1', 404],
    ['a stale revision', () => admin, '?revision=7', 409],
  ])('refuses %s', async (_name, session, query, status) => {
    expect((await request(context.app, session(), 'DELETE', url(query))).statusCode).toBe(status);
  });

  it('discards a draft, audited, so that another can be started', async () => {
    const response = await request(context.app, admin, 'DELETE', url(`?revision=${cardiology.revision}`));
    expect(response.statusCode).toBe(204);
    expect((await request(context.app, admin, 'GET', url(''))).statusCode).toBe(404);
    const audit = await searchAudit(context.app, admin, `action=pathway_map.discard_draft&entityId=${cardiology.id}`);
    expect(audit.items).toHaveLength(1);
  });

  it('never discards a published map (409)', async () => {
    expect(
      (await request(context.app, admin, 'DELETE', `/api/pathway-maps/${draft.id}?revision=${draft.revision + 1}`))
        .statusCode,
    ).toBe(409);
  });
});

describe('GET /api/pathway-maps/:id/flows', () => {
  it('draws each route with its rank and the referrals sent on it, and the routes taken off the map', async () => {
    const db = context.handle.db;
    const sent = { specialtyCode: 'paediatrics', senderUserId: physician.userId };
    await insertSentReferral(db, gst.id, {
      ...sent,
      originId: pyramid.csr.id,
      destinationId: pyramid.chr.id,
      sentAt: `${today}T09:00:00+01:00`,
    });
    await insertSentReferral(db, gst.id, {
      ...sent,
      originId: pyramid.csr.id,
      destinationId: pyramid.chr.id,
      sentAt: `${today}T10:00:00+01:00`,
    });
    await insertSentReferral(db, gst.id, {
      ...sent,
      originId: pyramid.csr.id,
      destinationId: pyramid.chp.id,
      sentAt: `${today}T11:00:00+01:00`,
    });
    await insertSentReferral(db, gst.id, {
      ...sent,
      originId: pyramid.csr.id,
      destinationId: pyramid.chr.id,
      sentAt: '2021-06-01T10:00:00Z',
    });
    const response = await request(context.app, physician, 'GET', `/api/pathway-maps/${draft.id}/flows`);
    expect(response.statusCode).toBe(200);
    const routes = response.json().routes as {
      origin: { id: string };
      destination: { id: string; lon: number };
      rank: number | null;
      volume: number;
    }[];
    const fromCentre = routes.filter((route) => route.origin.id === pyramid.csr.id);
    expect(fromCentre.map(({ destination, rank, volume }) => ({ id: destination.id, rank, volume }))).toEqual([
      { id: pyramid.chr.id, rank: 1, volume: 2 },
      { id: pyramid.hp.id, rank: 2, volume: 0 },
      { id: pyramid.chp.id, rank: null, volume: 1 },
    ]);
    expect(fromCentre[0]?.destination.lon).toBe(-11.67);
  });

  it.each<[string, () => TestSession | null, string, number]>([
    ['a period ending before it starts', () => admin, '?from=2026-02-01&to=2026-01-01', 400],
    ['an anonymous caller', () => null, '', 401],
    ['another GST’s administrator', () => orientalAdmin, '', 404],
  ])('refuses %s', async (_name, session, query, status) => {
    expect(
      (await request(context.app, session(), 'GET', `/api/pathway-maps/${draft.id}/flows${query}`)).statusCode,
    ).toBe(status);
  });
});
