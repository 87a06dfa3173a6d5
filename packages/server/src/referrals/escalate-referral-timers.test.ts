import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, login, searchAudit } from '../testing/test-app';
import { buildUser, testPassword } from '../testing/factories';
import { buildReferralWorld, sendReferral, step, type ReferralWorld } from '../testing/referral-fixtures';
import { recordingMessenger } from '../notifications/messenger';
import { escalateReferralTimers } from './escalate-referral-timers';

let world: ReferralWorld;
let director: Awaited<ReturnType<typeof login>>;
let destinationAdmin: Awaited<ReturnType<typeof login>>;

beforeAll(async () => {
  world = await buildReferralWorld();
  const db = world.context.handle.db;
  const directorUser = await buildUser(db, 'gst_director', { scopeLevel: 'gst', gstId: world.gstId });
  director = await login(world.context.app, directorUser.username, testPassword);
  const adminUser = await buildUser(db, 'establishment_admin', {
    scopeLevel: 'establishment',
    gstId: world.gstId,
    establishmentId: world.destination.id,
  });
  destinationAdmin = await login(world.context.app, adminUser.username, testPassword);
});

afterAll(async () => {
  await world.context.close();
});

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

describe('escalateReferralTimers', () => {
  it('escalates a referral not accepted in time once, to the service’s administrators and the GST director', async () => {
    const sent = await sendReferral(world, world.nurse);
    const messenger = recordingMessenger();
    // Routine: 3 working days to accept. Nothing is late yet…
    expect(await escalateReferralTimers(world.context.handle.db, messenger, new Date())).toBe(0);
    // …but two weeks later the accept timer has run out (the clock is the sweeper's argument).
    const later = inDays(14);
    const first = await escalateReferralTimers(world.context.handle.db, messenger, later);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(messenger.sent).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'referral_overdue', userId: director.userId, reference: sent.number }),
        expect.objectContaining({ kind: 'referral_overdue', userId: destinationAdmin.userId, reference: sent.number }),
      ]),
    );
    const again = recordingMessenger();
    await escalateReferralTimers(world.context.handle.db, again, later);
    expect(again.sent.filter((message) => message.reference === sent.number)).toEqual([]);
    const audit = await searchAudit(world.context.app, world.gstAdmin, `action=referral.escalate&entityId=${sent.id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorUserId: null, details: { timer: 'accept' } });
  });

  it('escalates the counter-referral timer after attendance, not the accept timer met in time', async () => {
    const sent = await sendReferral(world, world.nurse, { urgency: 'emergency' });
    await step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 });
    await step(world, world.destinationPhysician, sent.id, 'attend', { version: 2 });
    const messenger = recordingMessenger();
    await escalateReferralTimers(world.context.handle.db, messenger, inDays(5));
    const mine = messenger.sent.filter((message) => message.reference === sent.number);
    expect(mine.length).toBeGreaterThan(0);
    const audit = await searchAudit(world.context.app, world.gstAdmin, `action=referral.escalate&entityId=${sent.id}`);
    expect(audit.items.map((item) => (item.details as { timer: string }).timer)).toEqual(['counter_referral']);
  });
});

describe('/api/notifications', () => {
  it('lists the user’s notifications with the unread count, and marks them read', async () => {
    const sent = await sendReferral(world, world.nurse);
    const inbox = await request(
      world.context.app,
      world.destinationPhysician,
      'GET',
      '/api/notifications?unreadOnly=true',
    );
    expect(inbox.statusCode).toBe(200);
    const page = inbox.json();
    expect(page.unread).toBeGreaterThan(0);
    const received = page.items.find((item: { entityId: string }) => item.entityId === sent.id);
    expect(received).toMatchObject({
      kind: 'referral_received',
      entityType: 'referral',
      params: { number: sent.number },
    });
    const marked = await request(world.context.app, world.destinationPhysician, 'POST', '/api/notifications/read', {
      ids: [received.id],
    });
    expect(marked.json()).toEqual({ marked: 1 });
    const after = await request(world.context.app, world.destinationPhysician, 'GET', '/api/notifications');
    expect(after.json().unread).toBe(page.unread - 1);
    const all = await request(world.context.app, world.destinationPhysician, 'POST', '/api/notifications/read', {
      ids: 'all',
    });
    expect(all.statusCode).toBe(200);
    expect(
      (await request(world.context.app, world.destinationPhysician, 'GET', '/api/notifications')).json().unread,
    ).toBe(0);
  });

  it('never shows or marks another user’s notifications, and validates its input', async () => {
    const sent = await sendReferral(world, world.nurse);
    const theirs = (await request(world.context.app, world.destinationPhysician, 'GET', '/api/notifications')).json();
    const id = theirs.items.find((item: { entityId: string }) => item.entityId === sent.id).id;
    const other = await request(world.context.app, world.outsider, 'POST', '/api/notifications/read', { ids: [id] });
    expect(other.json()).toEqual({ marked: 0 });
    expect(
      (await request(world.context.app, world.nurse, 'POST', '/api/notifications/read', { ids: [] })).statusCode,
    ).toBe(400);
    expect((await request(world.context.app, null, 'GET', '/api/notifications')).statusCode).toBe(401);
  });
});
