import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReferralWorld, sendReferral, type ReferralWorld } from '../testing/referral-fixtures';
import { request } from '../testing/test-app';

let world: ReferralWorld;

beforeAll(async () => {
  world = await buildReferralWorld();
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

const edit = (session: ReferralWorld['nurse'] | null, id: string, body: object) =>
  request(world.context.app, session, 'PATCH', `/api/referrals/${id}`, body);

describe('PATCH /api/referrals/:id (a draft)', () => {
  it('lets the sender change a draft’s urgency, text and destination, then send it; the history says what changed', async () => {
    const draft = await sendReferral(world, world.nurse, { send: false });
    expect(draft.status).toBe('draft');
    const response = await edit(world.nurse, draft.id, {
      version: draft.version,
      urgency: 'urgent',
      reason: 'Souffle systolique découvert, dyspnée d’effort',
      destinationEstablishmentId: world.regional.id,
    });
    expect(response.statusCode, response.body).toBe(200);
    const edited = response.json();
    expect(edited).toMatchObject({
      status: 'draft',
      urgency: 'urgent',
      reason: 'Souffle systolique découvert, dyspnée d’effort',
      destination: { id: world.regional.id },
      version: draft.version + 1,
    });
    expect(edited.allowedActions).toEqual(expect.arrayContaining(['edit', 'send', 'cancel']));
    expect(edited.events.at(-1)).toMatchObject({
      action: 'edit',
      details: { changed: ['urgency', 'reason', 'destinationEstablishmentId'] },
    });
    const sent = await request(world.context.app, world.nurse, 'POST', `/api/referrals/${draft.id}/send`, {
      version: edited.version,
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ status: 'sent', urgency: 'urgent' });
  });

  it('refuses a sent referral (409 with the allowed actions), a stale version (409) and the destination (403)', async () => {
    const sent = await sendReferral(world, world.nurse);
    const afterSending = await edit(world.nurse, sent.id, { version: sent.version, reason: 'Autre motif' });
    expect(afterSending.statusCode).toBe(409);
    expect(afterSending.json().error.details).toMatchObject({ status: 'sent', allowedActions: ['cancel'] });
    const draft = await sendReferral(world, world.nurse, { send: false });
    expect((await edit(world.nurse, draft.id, { version: draft.version + 1, reason: 'x y' })).statusCode).toBe(409);
    expect((await edit(world.originSecretary, draft.id, { version: draft.version, reason: 'x y' })).statusCode).toBe(
      403,
    );
  });

  it('checks a new destination (422) and asks why when it leaves the pathway with no justification (422)', async () => {
    const draft = await sendReferral(world, world.nurse, { send: false });
    const noCardiology = await edit(world.nurse, draft.id, {
      version: draft.version,
      destinationEstablishmentId: world.noCardiology.id,
    });
    expect(noCardiology.statusCode).toBe(422);
    expect(noCardiology.json().error.issues[0].path).toEqual(['destinationEstablishmentId']);
    const noJustification = await edit(world.nurse, draft.id, {
      version: draft.version,
      offPathwayJustification: null,
    });
    expect(noJustification.statusCode).toBe(422);
    expect(noJustification.json().error.issues[0].path).toEqual(['offPathwayJustification']);
  });

  it('answers 400 for an emergency or an unknown field, 401 without a session, 404 to the destination and outside', async () => {
    const draft = await sendReferral(world, world.nurse, { send: false });
    expect((await edit(world.nurse, draft.id, { version: draft.version, urgency: 'emergency' })).statusCode).toBe(400);
    expect((await edit(world.nurse, draft.id, { version: draft.version, patientId: draft.id })).statusCode).toBe(400);
    expect((await edit(null, draft.id, { version: draft.version, reason: 'x y' })).statusCode).toBe(401);
    // A draft is the sender's side only: the destination does not see it yet.
    expect(
      (await edit(world.destinationPhysician, draft.id, { version: draft.version, reason: 'x y' })).statusCode,
    ).toBe(404);
    expect((await edit(world.orientalPhysician, draft.id, { version: draft.version, reason: 'x y' })).statusCode).toBe(
      404,
    );
  });
});
