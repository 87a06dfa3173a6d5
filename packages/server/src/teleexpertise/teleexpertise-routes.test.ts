import { sql } from 'drizzle-orm';
import { queryRows } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit } from '../testing/test-app';
import {
  askTeleexpertise,
  buildTeleexpertiseWorld,
  teleexpertiseInput,
  teleexpertiseStep,
  type TeleexpertiseWorld,
} from './teleexpertise-fixtures';

let world: TeleexpertiseWorld;

beforeAll(async () => {
  world = await buildTeleexpertiseWorld();
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

const post = (session: TeleexpertiseWorld['nurse'] | null, body: object, headers: Record<string, string> = {}) =>
  request(world.context.app, session, 'POST', '/api/teleexpertise', body, headers);
const open = (session: TeleexpertiseWorld['nurse'] | null, id: string) =>
  request(world.context.app, session, 'GET', `/api/teleexpertise/${id}`);
const answer = (session: TeleexpertiseWorld['nurse'], id: string, body: object) =>
  teleexpertiseStep(world, session, id, 'answer', body);

describe('POST /api/teleexpertise', () => {
  it('asks with a number and a running response timer, audited and notified to the destination’s physicians', async () => {
    const response = await post(world.nurse, teleexpertiseInput(world));
    expect(response.statusCode).toBe(201);
    const asked = response.json();
    expect(asked).toMatchObject({
      status: 'open',
      specialtyCode: 'cardiology',
      origin: { id: world.origin.id },
      destination: { id: world.destination.id },
      overdue: false,
      answer: null,
      allowedActions: ['cancel'],
      version: 1,
    });
    expect(asked.number).toMatch(/^[A-Z]+-T\d{2}-\d{6}$/);
    expect(new Date(asked.dueAt).getTime()).toBeGreaterThan(Date.now() + 86_400_000);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=teleexpertise.create&entityId=${asked.id}`,
    );
    expect(audit.items[0]).toMatchObject({ patientId: world.patient.id, outcome: 'success' });
    expect(world.messenger.sent).toContainEqual({
      userId: world.destinationPhysician.userId,
      kind: 'teleexpertise_received',
      reference: asked.number,
      link: `/teleexpertise/${asked.id}`,
    });
  });

  it('numbers requests one after the other and creates one for a retried request with the same key', async () => {
    const first = await askTeleexpertise(world, world.nurse);
    const second = await askTeleexpertise(world, world.nurse);
    expect(Number(second.number.slice(-6))).toBe(Number(first.number.slice(-6)) + 1);
    const key = `tele-${Date.now()}`;
    const [a, b] = await Promise.all([
      post(world.nurse, teleexpertiseInput(world), { 'idempotency-key': key }),
      post(world.nurse, teleexpertiseInput(world), { 'idempotency-key': key }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
  });

  it('asks the regional pool (CHR) even without a directory entry, but not a service that does not answer (422)', async () => {
    expect(
      (await post(world.nurse, teleexpertiseInput(world, { destinationEstablishmentId: world.regional.id })))
        .statusCode,
    ).toBe(201);
    const silent = await post(world.nurse, teleexpertiseInput(world, { destinationEstablishmentId: world.silent.id }));
    expect(silent.statusCode).toBe(422);
    expect(silent.json().error.issues[0].path).toEqual(['destinationEstablishmentId']);
    const itself = await post(world.nurse, teleexpertiseInput(world, { destinationEstablishmentId: world.origin.id }));
    expect(itself.statusCode).toBe(422);
  });

  it('rejects an empty question, an unknown field and an unknown specialty (400)', async () => {
    const response = await post(world.nurse, { ...teleexpertiseInput(world, { question: ' ' }), urgency: 'high' });
    expect(response.statusCode).toBe(400);
    expect((await post(world.nurse, teleexpertiseInput(world, { specialtyCode: 'astrology' }))).statusCode).toBe(400);
  });

  it('answers 401 without a session, 403 to the desk, 404 outside the patient’s care or GST', async () => {
    expect((await post(null, teleexpertiseInput(world))).statusCode).toBe(401);
    expect((await post(world.originSecretary, teleexpertiseInput(world))).statusCode).toBe(403);
    expect((await post(world.outsider, teleexpertiseInput(world))).statusCode).toBe(404);
    expect((await post(world.otherGstPhysician, teleexpertiseInput(world))).statusCode).toBe(404);
  });
});

describe('GET /api/teleexpertise/:id and the worklists', () => {
  it('opens a request for the clinicians at both ends, audited, and refuses everyone else with 404', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const specialist = await open(world.destinationPhysician, asked.id);
    expect(specialist.statusCode).toBe(200);
    expect(specialist.json()).toMatchObject({ question: expect.any(String), allowedActions: ['answer'] });
    for (const session of [world.originSecretary, world.outsider, world.otherGstPhysician, world.gstAdmin]) {
      expect((await open(session, asked.id)).statusCode).toBe(404);
    }
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=teleexpertise.read&entityId=${asked.id}`,
    );
    expect(audit.items).toHaveLength(1);
    expect((await open(world.nurse, 'nope')).statusCode).toBe(400);
    expect((await open(null, asked.id)).statusCode).toBe(401);
  });

  it('lists what the specialists must answer and what the asker asked; refuses the desk (403) and other GSTs (404)', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const list = (session: TeleexpertiseWorld['nurse'], establishmentId: string, worklist: string) =>
      request(
        world.context.app,
        session,
        'GET',
        `/api/teleexpertise?establishmentId=${establishmentId}&worklist=${worklist}`,
      );
    const toAnswer = await list(world.destinationPhysician, world.destination.id, 'to_answer');
    expect(toAnswer.statusCode).toBe(200);
    expect(toAnswer.json().items.map((item: { id: string }) => item.id)).toContain(asked.id);
    const mine = await list(world.nurse, world.origin.id, 'asked_by_me');
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(asked.id);
    const others = await list(world.originPhysician, world.origin.id, 'asked_by_me');
    expect(others.json().items.map((item: { id: string }) => item.id)).not.toContain(asked.id);
    expect((await list(world.nurse, world.origin.id, 'everything')).statusCode).toBe(400);
    expect((await list(world.originSecretary, world.origin.id, 'asked_from_here')).statusCode).toBe(403);
    expect((await list(world.otherGstPhysician, world.origin.id, 'asked_from_here')).statusCode).toBe(404);
  });

  it('flags an open request past its due date as overdue', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    await world.context.handle.db.execute(
      sql`update teleexpertise_requests set due_at = now() - interval '1 hour' where id = ${asked.id}`,
    );
    expect((await open(world.nurse, asked.id)).json()).toMatchObject({ overdue: true });
  });
});

describe('POST /api/teleexpertise/:id/answer', () => {
  it('records advice as a care act of the answering physician and tells the asker', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const response = await answer(world.destinationPhysician, asked.id, {
      version: 1,
      kind: 'advice',
      text: 'Souffle fonctionnel probable ; échographie en ville suffisante.',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'answered',
      answerKind: 'advice',
      answer: { kind: 'advice', author: { userId: world.destinationPhysician.userId } },
      allowedActions: [],
      version: 2,
    });
    const acts = await queryRows(
      world.context.handle.db,
      sql`select kind, author_user_id, specialty_code from care_acts where source_id = ${asked.id}`,
    );
    expect(acts).toEqual([
      { kind: 'teleexpertise_answer', author_user_id: world.destinationPhysician.userId, specialty_code: 'cardiology' },
    ]);
    expect(world.messenger.sent).toContainEqual(
      expect.objectContaining({ userId: world.nurse.userId, kind: 'teleexpertise_answered', reference: asked.number }),
    );
  });

  it('refuses a second answer (409), and of two answers at once lets one win', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const body = { version: 1, kind: 'advice', text: 'Avis' };
    expect((await answer(world.destinationPhysician, asked.id, body)).statusCode).toBe(200);
    expect((await answer(world.destinationPhysician, asked.id, { ...body, version: 2 })).statusCode).toBe(409);
    const raced = await askTeleexpertise(world, world.nurse);
    const statuses = await Promise.all([
      answer(world.destinationPhysician, raced.id, body),
      answer(world.secondDestinationPhysician, raced.id, body),
    ]);
    expect(statuses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses the asker’s side and the destination’s nurses (403), a bad kind (400), without session (401)', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const body = { version: 1, kind: 'advice', text: 'Avis' };
    expect((await answer(world.originPhysician, asked.id, body)).statusCode).toBe(403);
    expect((await answer(world.destinationNurse, asked.id, body)).statusCode).toBe(403);
    expect((await answer(world.destinationPhysician, asked.id, { ...body, kind: 'maybe' })).statusCode).toBe(400);
    expect((await teleexpertiseStep(world, null, asked.id, 'answer', body)).statusCode).toBe(401);
    expect((await answer(world.outsider, asked.id, body)).statusCode).toBe(404);
  });

  it('converts to a referral: the asker’s side gets the prefill and sends it as a normal referral', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    await answer(world.destinationPhysician, asked.id, {
      version: 1,
      kind: 'referral',
      text: 'À voir en consultation.',
    });
    const opened = (await open(world.nurse, asked.id)).json();
    expect(opened.referralPrefill).toMatchObject({
      patientId: world.patient.id,
      destinationEstablishmentId: world.destination.id,
      sourceTeleexpertiseId: asked.id,
    });
    expect((await open(world.destinationPhysician, asked.id)).json().referralPrefill).toBeNull();
    const referral = await request(world.context.app, world.nurse, 'POST', '/api/referrals', {
      ...opened.referralPrefill,
      urgency: 'routine',
      offPathwayJustification: 'Sur avis de télé-expertise',
    });
    expect(referral.statusCode).toBe(201);
    expect(referral.json()).toMatchObject({ sourceTeleexpertiseId: asked.id });
    // The request now names its referral, and converts only once.
    expect((await open(world.nurse, asked.id)).json()).toMatchObject({ referralId: referral.json().id });
    const again = await request(world.context.app, world.nurse, 'POST', '/api/referrals', {
      ...opened.referralPrefill,
      urgency: 'routine',
      offPathwayJustification: 'Sur avis de télé-expertise',
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.issues[0].path).toEqual(['sourceTeleexpertiseId']);
  });

  it('refuses a referral from a request that was not answered with a referral (422)', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const referral = await request(world.context.app, world.nurse, 'POST', '/api/referrals', {
      patientId: world.patient.id,
      originEstablishmentId: world.origin.id,
      specialtyCode: 'cardiology',
      urgency: 'routine',
      destinationEstablishmentId: world.destination.id,
      reason: 'Avis demandé',
      clinicalSummary: 'Résumé',
      offPathwayJustification: 'Sur avis',
      sourceTeleexpertiseId: asked.id,
    });
    expect(referral.statusCode).toBe(422);
  });
});

describe('POST /api/teleexpertise/:id/cancel', () => {
  it('lets the asker’s side withdraw an open request once; the destination may not (403)', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    expect(
      (await teleexpertiseStep(world, world.destinationPhysician, asked.id, 'cancel', { version: 1 })).statusCode,
    ).toBe(403);
    const cancelled = await teleexpertiseStep(world, world.originPhysician, asked.id, 'cancel', { version: 1 });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', allowedActions: [] });
    expect((await teleexpertiseStep(world, world.nurse, asked.id, 'cancel', { version: 2 })).statusCode).toBe(409);
  });
});
