import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit } from '../testing/test-app';
import { buildReferralWorld, referralInput, sendReferral, type ReferralWorld } from '../testing/referral-fixtures';

let world: ReferralWorld;

beforeAll(async () => {
  world = await buildReferralWorld();
});

afterAll(async () => {
  await world.context.close();
});

const post = (session: ReferralWorld['nurse'] | null, body: object, headers: Record<string, string> = {}) =>
  request(world.context.app, session, 'POST', '/api/referrals', body, headers);

describe('POST /api/referrals', () => {
  it('sends a referral with a number, the accept timer running, audited and notified to the destination', async () => {
    const response = await post(world.nurse, referralInput(world));
    expect(response.statusCode).toBe(201);
    const referral = response.json();
    expect(referral).toMatchObject({
      status: 'sent',
      urgency: 'routine',
      specialtyCode: 'cardiology',
      origin: { id: world.origin.id },
      destination: { id: world.destination.id },
      returnEstablishment: { id: world.origin.id },
      inPathway: false,
      pathway: null,
      offPathwayJustification: 'Pas encore de filière de cardiologie publiée',
      redacted: false,
      allowedActions: ['cancel'],
      version: 1,
    });
    expect(referral.number).toMatch(/^TTA-R\d{2}-\d{6}$/);
    expect(referral.timers[0]).toMatchObject({ timer: 'accept', state: 'running' });
    expect(referral.events).toHaveLength(1);
    expect(referral.events[0]).toMatchObject({ action: 'send', fromStatus: null, toStatus: 'sent' });
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=referral.create&entityId=${referral.id}`,
    );
    expect(audit.items[0]).toMatchObject({ patientId: world.patient.id, outcome: 'success' });
    expect(world.messenger.sent).toContainEqual(
      expect.objectContaining({
        kind: 'referral_received',
        reference: referral.number,
        link: `/referrals/${referral.id}`,
      }),
    );
  });

  it('numbers referrals one after the other', async () => {
    const first = await sendReferral(world, world.nurse);
    const second = await sendReferral(world, world.nurse);
    const counter = (number: string) => Number(number.slice(-6));
    expect(counter(second.number)).toBe(counter(first.number) + 1);
  });

  it('keeps a draft for the sender only: the destination cannot see it before it is sent', async () => {
    const draft = await sendReferral(world, world.originPhysician, { send: false });
    expect(draft).toMatchObject({ status: 'draft' });
    const hidden = await request(world.context.app, world.destinationPhysician, 'GET', `/api/referrals/${draft.id}`);
    expect(hidden.statusCode).toBe(404);
    const sent = await request(world.context.app, world.originPhysician, 'POST', `/api/referrals/${draft.id}/send`, {
      version: draft.version,
    });
    expect(sent.statusCode).toBe(200);
    const visible = await request(world.context.app, world.destinationPhysician, 'GET', `/api/referrals/${draft.id}`);
    expect(visible.statusCode).toBe(200);
    expect(visible.json().allowedActions).toEqual(['accept', 'decline', 'redirect']);
  });

  it('creates one referral for a retried request with the same idempotency key', async () => {
    const key = `ref-${Date.now()}-retry`;
    const [a, b] = await Promise.all([
      post(world.nurse, referralInput(world), { 'idempotency-key': key }),
      post(world.nurse, referralInput(world), { 'idempotency-key': key }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(a.json().id).toBe(b.json().id);
  });

  it('rejects missing and malformed fields and unknown ones with their paths (400)', async () => {
    const response = await post(world.nurse, {
      ...referralInput(world, { urgency: 'soon', reason: '' }),
      priority: 'high',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['urgency', 'reason']));
  });

  it('refuses an emergency transfer kept as a draft, and an unknown specialty (400)', async () => {
    const draft = await post(world.nurse, referralInput(world, { urgency: 'emergency', send: false }));
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.issues[0].path).toEqual(['send']);
    const unknown = await post(world.nurse, referralInput(world, { specialtyCode: 'astrology' }));
    expect(unknown.statusCode).toBe(400);
  });

  it('refuses a destination that does not offer the specialty, the origin itself, and a missing justification (422)', async () => {
    const noSpecialty = await post(
      world.nurse,
      referralInput(world, { destinationEstablishmentId: world.noCardiology.id }),
    );
    expect(noSpecialty.statusCode).toBe(422);
    expect(noSpecialty.json().error).toMatchObject({
      code: 'unprocessable',
      issues: [expect.objectContaining({ path: ['destinationEstablishmentId'] })],
    });
    const itself = await post(world.nurse, referralInput(world, { destinationEstablishmentId: world.origin.id }));
    expect(itself.statusCode).toBe(422);
    const unjustified = await post(world.nurse, referralInput(world, { offPathwayJustification: null }));
    expect(unjustified.statusCode).toBe(422);
    expect(unjustified.json().error.issues[0].path).toEqual(['offPathwayJustification']);
  });

  it('answers 401 without a session', async () => {
    expect((await post(null, referralInput(world))).statusCode).toBe(401);
  });

  it('answers 403 to the desk: referrals are written by clinicians', async () => {
    expect((await post(world.originSecretary, referralInput(world))).statusCode).toBe(403);
  });

  it('answers 404 for a patient outside the clinician’s care relationships or GST', async () => {
    expect((await post(world.outsider, referralInput(world))).statusCode).toBe(404);
    expect((await post(world.orientalPhysician, referralInput(world))).statusCode).toBe(404);
  });
});

describe('GET /api/referrals/:id', () => {
  it('opens a referral for both ends, masks the clinical content for the desk, and audits the opening', async () => {
    const sent = await sendReferral(world, world.nurse);
    const physician = await request(world.context.app, world.destinationPhysician, 'GET', `/api/referrals/${sent.id}`);
    expect(physician.statusCode).toBe(200);
    expect(physician.json()).toMatchObject({ redacted: false, reason: expect.any(String) });
    const desk = await request(world.context.app, world.destinationSecretary, 'GET', `/api/referrals/${sent.id}`);
    expect(desk.json()).toMatchObject({ redacted: true, reason: null, clinicalSummary: null, allowedActions: [] });
    const audit = await searchAudit(world.context.app, world.gstAdmin, `action=referral.read&entityId=${sent.id}`);
    expect(audit.items.length).toBe(2);
  });

  it('answers 404 to anyone outside both ends, GST admins included, audited as denied', async () => {
    const sent = await sendReferral(world, world.nurse);
    for (const session of [world.outsider, world.orientalPhysician, world.gstAdmin]) {
      const response = await request(world.context.app, session, 'GET', `/api/referrals/${sent.id}`);
      expect(response.statusCode).toBe(404);
    }
    const denied = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `outcome=denied&actorUserId=${world.outsider.userId}`,
    );
    expect(denied.items[0]).toMatchObject({ gstId: world.gstId });
  });

  it('answers 400 for an id that is not a UUID and 401 without a session', async () => {
    expect((await request(world.context.app, world.nurse, 'GET', '/api/referrals/42')).statusCode).toBe(400);
    const sent = await sendReferral(world, world.nurse);
    expect((await request(world.context.app, null, 'GET', `/api/referrals/${sent.id}`)).statusCode).toBe(401);
  });
});

describe('GET /api/referrals (worklists)', () => {
  const worklist = (session: ReferralWorld['nurse'], establishmentId: string, name: string) =>
    request(world.context.app, session, 'GET', `/api/referrals?establishmentId=${establishmentId}&worklist=${name}`);

  it('lists what the destination must triage and what the sender sent', async () => {
    const sent = await sendReferral(world, world.nurse);
    const triage = await worklist(world.destinationPhysician, world.destination.id, 'to_triage');
    expect(triage.statusCode).toBe(200);
    expect(triage.json().items.map((item: { id: string }) => item.id)).toContain(sent.id);
    const mine = await worklist(world.nurse, world.origin.id, 'sent_by_me');
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(sent.id);
    const others = await worklist(world.originPhysician, world.origin.id, 'sent_by_me');
    expect(others.json().items.map((item: { id: string }) => item.id)).not.toContain(sent.id);
  });

  it('refuses an unknown worklist (400), another establishment’s worklist (403) and another GST’s (404)', async () => {
    expect((await worklist(world.nurse, world.origin.id, 'everything')).statusCode).toBe(400);
    expect((await worklist(world.nurse, world.destination.id, 'to_triage')).statusCode).toBe(403);
    expect((await worklist(world.orientalPhysician, world.destination.id, 'to_triage')).statusCode).toBe(404);
  });
});

describe('GET /api/patients/:id/referrals', () => {
  it('lists the patient’s referrals for whoever may open the patient, audited', async () => {
    const sent = await sendReferral(world, world.nurse);
    const response = await request(
      world.context.app,
      world.originSecretary,
      'GET',
      `/api/patients/${world.patient.id}/referrals`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().map((item: { id: string }) => item.id)).toContain(sent.id);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `action=patient.referrals.read&entityId=${world.patient.id}`,
    );
    expect(audit.items.length).toBeGreaterThan(0);
  });

  it('answers 404 to a clinician without a care relationship, 401 without a session', async () => {
    expect(
      (await request(world.context.app, world.outsider, 'GET', `/api/patients/${world.patient.id}/referrals`))
        .statusCode,
    ).toBe(404);
    expect(
      (await request(world.context.app, null, 'GET', `/api/patients/${world.patient.id}/referrals`)).statusCode,
    ).toBe(401);
  });
});
