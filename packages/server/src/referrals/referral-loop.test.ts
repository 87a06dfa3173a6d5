import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, searchAudit } from '../testing/test-app';
import { buildReferralWorld, sendReferral, step, type ReferralWorld } from '../testing/referral-fixtures';

let world: ReferralWorld;

beforeAll(async () => {
  world = await buildReferralWorld();
});

afterAll(async () => {
  await world.context.close();
});

const counterReferral = {
  findings: 'Épreuve d’effort positive ; coronarographie : sténose de l’IVA traitée par angioplastie.',
  diagnosis: 'Angor stable',
  icd10Code: 'I20.8',
  treatment: 'Aspirine 100 mg, atorvastatine 40 mg, bisoprolol 2,5 mg.',
  recommendations: 'Contrôle des facteurs de risque, HbA1c < 7 %.',
  followUp: 'Revoir au centre de santé dans un mois ; consultation de cardiologie dans six mois.',
};

describe('the closed loop of an emergency transfer', () => {
  it('goes sent → accepted → attended → counter-referred → closed, with the report in the sender’s timeline', async () => {
    const sent = await sendReferral(world, world.nurse, { urgency: 'emergency' });
    const accepted = await step(world, world.destinationPhysician, sent.id, 'accept', { version: sent.version });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', allowedActions: ['redirect', 'attend'] });
    expect(world.messenger.sent).toContainEqual(
      expect.objectContaining({ kind: 'referral_accepted', userId: world.nurse.userId }),
    );
    // Each of the step's two notifications goes to its own audience (they are written in one statement).
    const recipientsOf = (kind: string) =>
      world.messenger.sent.filter((message) => message.kind === kind).map((message) => message.userId);
    expect(recipientsOf('referral_accepted')).toEqual([world.nurse.userId]);
    expect(recipientsOf('referral_to_book')).toEqual([world.destinationSecretary.userId]);

    const attended = await step(world, world.destinationSecretary, sent.id, 'attend', {
      version: accepted.json().version,
    });
    expect(attended.statusCode, attended.body).toBe(200);
    expect(attended.json().timers).toEqual(
      expect.arrayContaining([expect.objectContaining({ timer: 'counter_referral', state: 'running' })]),
    );

    const reported = await step(world, world.destinationPhysician, sent.id, 'counter-referral', {
      version: attended.json().version,
      ...counterReferral,
    });
    expect(reported.statusCode, reported.body).toBe(200);
    expect(reported.json()).toMatchObject({ status: 'counter_referred', counterReferral: { icd10Code: 'I20.8' } });

    // The sender sees the report and the destination's consultation on the patient's timeline.
    const timeline = await request(
      world.context.app,
      world.nurse,
      'GET',
      `/api/patients/${world.patient.id}/encounters`,
    );
    const visit = timeline
      .json()
      .items.find((item: { referral: { id: string } | null }) => item.referral?.id === sent.id);
    expect(visit).toMatchObject({ kind: 'emergency', icd10Code: 'I20.8', establishment: { id: world.destination.id } });

    const closed = await step(world, world.nurse, sent.id, 'close', { version: reported.json().version });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().events.map((event: { action: string }) => event.action)).toEqual([
      'send',
      'accept',
      'attend',
      'counter_refer',
      'close',
    ]);
    const audit = await searchAudit(
      world.context.app,
      world.gstAdmin,
      `entityId=${sent.id}&action=referral.counter_refer`,
    );
    expect(audit.items[0]).toMatchObject({ patientId: world.patient.id, outcome: 'success' });
  });
});

describe('steps that are not allowed', () => {
  it('answers 409 with the current status and the allowed actions', async () => {
    const sent = await sendReferral(world, world.nurse);
    const response = await step(world, world.destinationPhysician, sent.id, 'attend', { version: sent.version });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.details).toEqual({
      status: 'sent',
      allowedActions: ['accept', 'decline', 'redirect'],
      version: 1,
    });
  });

  it('answers 403 to a role that may never take the step (the desk does not triage; the sender does not accept)', async () => {
    const sent = await sendReferral(world, world.nurse);
    expect((await step(world, world.destinationSecretary, sent.id, 'accept', { version: 1 })).statusCode).toBe(403);
    expect((await step(world, world.nurse, sent.id, 'accept', { version: 1 })).statusCode).toBe(403);
  });

  it('answers 404 to users of another establishment or GST, and 400 to a step without its fields', async () => {
    const sent = await sendReferral(world, world.nurse);
    expect((await step(world, world.outsider, sent.id, 'accept', { version: 1 })).statusCode).toBe(404);
    expect((await step(world, world.orientalPhysician, sent.id, 'accept', { version: 1 })).statusCode).toBe(404);
    const noAdvice = await step(world, world.destinationPhysician, sent.id, 'decline', {
      version: 1,
      reason: 'capacity',
    });
    expect(noAdvice.statusCode).toBe(400);
    expect(noAdvice.json().error.issues[0].path).toEqual(['advice']);
  });

  it('lets one of two physicians accepting at once win; the other gets 409', async () => {
    const sent = await sendReferral(world, world.nurse);
    const responses = await Promise.all([
      step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 }),
      step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 }),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const opened = await request(world.context.app, world.nurse, 'GET', `/api/referrals/${sent.id}`);
    expect(opened.json().events.filter((event: { action: string }) => event.action === 'accept')).toHaveLength(1);
  });

  it('refuses a stale version with 409', async () => {
    const sent = await sendReferral(world, world.nurse);
    await step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 });
    const stale = await step(world, world.destinationPhysician, sent.id, 'waitlist', { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ status: 'accepted', version: 2 });
  });
});

describe('decline, redirect, waitlist and cancel', () => {
  it('declines with a reason and advice, which the sender reads', async () => {
    const sent = await sendReferral(world, world.nurse);
    const declined = await step(world, world.destinationPhysician, sent.id, 'decline', {
      version: 1,
      reason: 'better_treated_elsewhere',
      advice: 'Adresser au CHR : plateau de coronarographie.',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', allowedActions: [] });
    const seen = await request(world.context.app, world.nurse, 'GET', `/api/referrals/${sent.id}`);
    expect(seen.json().decline).toEqual({
      reason: 'better_treated_elsewhere',
      advice: 'Adresser au CHR : plateau de coronarographie.',
    });
  });

  it('redirects to another establishment, keeping the history; the new destination triages, the old one loses it', async () => {
    const sent = await sendReferral(world, world.nurse);
    const redirected = await step(world, world.destinationPhysician, sent.id, 'redirect', {
      version: 1,
      destinationEstablishmentId: world.regional.id,
      note: 'Coronarographie au CHR',
    });
    expect(redirected.statusCode).toBe(200);
    expect(redirected.json()).toMatchObject({ status: 'sent', destination: { id: world.regional.id } });
    expect(redirected.json().events[1]).toMatchObject({
      action: 'redirect',
      details: { from: world.destination.id, to: world.regional.id },
    });
    const triage = await request(world.context.app, world.regionalPhysician, 'GET', `/api/referrals/${sent.id}`);
    expect(triage.json().allowedActions).toEqual(['accept', 'decline', 'redirect']);
    const former = await request(world.context.app, world.destinationPhysician, 'GET', `/api/referrals/${sent.id}`);
    expect(former.statusCode).toBe(404);
  });

  it('refuses a redirect to an establishment without the specialty (422)', async () => {
    const sent = await sendReferral(world, world.nurse);
    const response = await step(world, world.destinationPhysician, sent.id, 'redirect', {
      version: 1,
      destinationEstablishmentId: world.noCardiology.id,
      note: 'Chirurgie',
    });
    expect(response.statusCode).toBe(422);
  });

  it('waitlists an accepted referral, and lets the sender cancel it with a reason', async () => {
    const sent = await sendReferral(world, world.nurse);
    await step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 });
    const waitlisted = await step(world, world.destinationSecretary, sent.id, 'waitlist', { version: 2 });
    expect(waitlisted.json()).toMatchObject({ status: 'waitlisted' });
    const toBook = await request(
      world.context.app,
      world.destinationSecretary,
      'GET',
      `/api/referrals?establishmentId=${world.destination.id}&worklist=to_book`,
    );
    expect(toBook.json().items.map((item: { id: string }) => item.id)).toContain(sent.id);
    const cancelled = await step(world, world.nurse, sent.id, 'cancel', {
      version: 3,
      reason: 'Patiente hospitalisée ailleurs',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', cancelReason: 'Patiente hospitalisée ailleurs' });
  });
});

describe('the care relationship of an active referral', () => {
  it('lets the destination’s clinicians open the patient while the referral is active', async () => {
    const regionalCheck = await request(
      world.context.app,
      world.regionalPhysician,
      'GET',
      `/api/patients/${world.patient.id}`,
    );
    // The regional hospital got referrals redirected to it above: it has a care relationship.
    expect(regionalCheck.statusCode).toBe(200);
    const outsider = await request(world.context.app, world.outsider, 'GET', `/api/patients/${world.patient.id}`);
    expect(outsider.statusCode).toBe(404);
  });
});
