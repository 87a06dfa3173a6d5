import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInMorocco } from '@tansiq/domain';
import { insertSchedule, writeDirectoryEntry } from '@tansiq/db';
import { request } from '../testing/test-app';
import { buildReferralWorld, sendReferral, step, type ReferralWorld } from '../testing/referral-fixtures';

let world: ReferralWorld;
const today = todayInMorocco();

/** Sessions every day at the destination's cardiology, two slots each, from yesterday on. */
async function openSessions(establishmentId: string, specialtyCode: string, slotCount: number) {
  const db = world.context.handle.db;
  await db.transaction(async (tx) => {
    for (let weekday = 1; weekday <= 7; weekday++) {
      await insertSchedule(
        tx,
        world.gstId,
        {
          id: randomUUID(),
          establishmentId,
          specialtyCode,
          weekday,
          startTime: '09:00',
          endTime: '11:00',
          slotCount,
          mode: 'in_person',
          validFrom: addDays(today, -1),
          validTo: null,
        },
        null,
      );
    }
  });
}

beforeAll(async () => {
  world = await buildReferralWorld();
  await openSessions(world.destination.id, 'cardiology', 2);
}, 60_000);

afterAll(async () => {
  await world.context.close();
});

interface Slot {
  scheduleId: string;
  sessionDate: string;
  slotIndex: number;
  startsAt: string;
}

async function freeSlots(): Promise<Slot[]> {
  const from = new Date(Date.now() + 3_600_000).toISOString();
  const response = await request(
    world.context.app,
    world.destinationSecretary,
    'GET',
    `/api/establishments/${world.destination.id}/services/cardiology/free-slots?from=${encodeURIComponent(from)}&limit=20`,
  );
  expect(response.statusCode).toBe(200);
  return response.json();
}

async function acceptedReferral() {
  const sent = await sendReferral(world, world.nurse);
  await step(world, world.destinationPhysician, sent.id, 'accept', { version: 1 });
  return sent;
}

const book = (session: ReferralWorld['nurse'], id: string, version: number, slot: Slot) =>
  request(world.context.app, session, 'POST', `/api/referrals/${id}/appointment`, {
    version,
    scheduleId: slot.scheduleId,
    sessionDate: slot.sessionDate,
    slotIndex: slot.slotIndex,
  });

describe('POST /api/referrals/:id/appointment', () => {
  it('books a free slot, takes it off the free slots, and tells the sender', async () => {
    const sent = await acceptedReferral();
    const [slot] = await freeSlots();
    if (!slot) {
      throw new Error('No free slot');
    }
    const response = await book(world.destinationSecretary, sent.id, 2, slot);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'booked',
      appointment: { startsAt: slot.startsAt, mode: 'in_person', status: 'booked' },
      allowedActions: ['reschedule', 'attend', 'no_show'],
    });
    expect(response.json().timers).toEqual(
      expect.arrayContaining([expect.objectContaining({ timer: 'appointment', state: 'met' })]),
    );
    const after = await freeSlots();
    expect(
      after.some(
        (free) =>
          free.scheduleId === slot.scheduleId &&
          free.slotIndex === slot.slotIndex &&
          free.sessionDate === slot.sessionDate,
      ),
    ).toBe(false);
    expect(world.messenger.sent).toContainEqual(
      expect.objectContaining({ kind: 'referral_booked', userId: world.nurse.userId }),
    );
  });

  it('lets only one of two bookings of the same slot succeed', async () => {
    const [first, second] = [await acceptedReferral(), await acceptedReferral()];
    const [slot] = await freeSlots();
    if (!slot) {
      throw new Error('No free slot');
    }
    const responses = await Promise.all([
      book(world.destinationSecretary, first.id, 2, slot),
      book(world.destinationSecretary, second.id, 2, slot),
    ]);
    const codes = responses.map((response) => response.statusCode).sort();
    expect(codes[0]).toBe(200);
    expect([409, 422]).toContain(codes[1]);
  });

  it('reschedules to another slot and frees the first', async () => {
    const sent = await acceptedReferral();
    const [first, second] = await freeSlots();
    if (!first || !second) {
      throw new Error('Not enough free slots');
    }
    const booked = await book(world.destinationSecretary, sent.id, 2, first);
    const moved = await book(world.destinationSecretary, sent.id, booked.json().version, second);
    expect(moved.statusCode).toBe(200);
    expect(moved.json().appointment.startsAt).toBe(second.startsAt);
    expect(moved.json().events.map((event: { action: string }) => event.action)).toEqual([
      'send',
      'accept',
      'book',
      'reschedule',
    ]);
    const free = await freeSlots();
    expect(
      free.some(
        (slot) =>
          slot.scheduleId === first.scheduleId &&
          slot.slotIndex === first.slotIndex &&
          slot.sessionDate === first.sessionDate,
      ),
    ).toBe(true);
  });

  it('closes the routine loop: booked → attended → counter-referred → closed by the sender', async () => {
    const sent = await acceptedReferral();
    const [slot] = await freeSlots();
    if (!slot) {
      throw new Error('No free slot');
    }
    const booked = await book(world.destinationSecretary, sent.id, 2, slot);
    const attended = await step(world, world.destinationSecretary, sent.id, 'attend', {
      version: booked.json().version,
    });
    expect(attended.json()).toMatchObject({ status: 'attended', appointment: { status: 'attended' } });
    const reported = await step(world, world.destinationPhysician, sent.id, 'counter-referral', {
      version: attended.json().version,
      findings: 'Échographie cardiaque normale.',
      diagnosis: null,
      icd10Code: null,
      treatment: 'Aucun traitement spécifique.',
      recommendations: 'Activité physique régulière.',
      followUp: 'Suivi habituel au centre de santé.',
    });
    expect(reported.statusCode).toBe(200);
    const closed = await step(world, world.nurse, sent.id, 'close', { version: reported.json().version });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const timeline = await request(
      world.context.app,
      world.nurse,
      'GET',
      `/api/patients/${world.patient.id}/encounters`,
    );
    expect(timeline.json().items).toContainEqual(
      expect.objectContaining({
        kind: 'consultation',
        referral: expect.objectContaining({ id: sent.id, status: 'closed' }),
      }),
    );
  });

  it('refuses a slot that is not free (422), a stale version (409) and the sender without direct booking (403)', async () => {
    const sent = await acceptedReferral();
    const [slot] = await freeSlots();
    if (!slot) {
      throw new Error('No free slot');
    }
    const unknown = await book(world.destinationSecretary, sent.id, 2, { ...slot, slotIndex: 150 });
    expect(unknown.statusCode).toBe(422);
    expect((await book(world.destinationSecretary, sent.id, 1, slot)).statusCode).toBe(409);
    expect((await book(world.originSecretary, sent.id, 2, slot)).statusCode).toBe(403);
    expect((await book(world.outsider, sent.id, 2, slot)).statusCode).toBe(404);
  });

  it('lets the sender’s desk book where the service allows direct booking', async () => {
    const db = world.context.handle.db;
    await db.transaction((tx) =>
      writeDirectoryEntry(
        tx,
        { gstId: world.gstId, establishmentId: world.destination.id, specialtyCode: 'cardiology' },
        {
          version: 0,
          acceptsReferrals: true,
          criteria: null,
          notes: null,
          directBooking: true,
          offersTeleexpertise: false,
          offersTeleconsultation: false,
          headUserId: null,
        },
        null,
      ),
    );
    const sent = await acceptedReferral();
    const [slot] = await freeSlots();
    if (!slot) {
      throw new Error('No free slot');
    }
    expect((await book(world.originSecretary, sent.id, 2, slot)).statusCode).toBe(200);
  });
});

describe('GET /api/referral-destinations', () => {
  const destinations = (session: ReferralWorld['nurse'], specialtyCode: string, urgency = 'routine') =>
    request(
      world.context.app,
      session,
      'GET',
      `/api/referral-destinations?originEstablishmentId=${world.origin.id}&specialtyCode=${specialtyCode}&urgency=${urgency}`,
    );

  it('ranks the establishments that offer the specialty, nearest first, with their earliest slot and reasons', async () => {
    const response = await destinations(world.nurse, 'cardiology');
    expect(response.statusCode).toBe(200);
    const { pathway, options } = response.json();
    expect(pathway).toBeNull();
    const ids = options.map((option: { establishment: { id: string } }) => option.establishment.id);
    expect(ids).toContain(world.destination.id);
    expect(ids).not.toContain(world.origin.id);
    expect(ids).not.toContain(world.noCardiology.id);
    const distances = options.map((option: { distanceKm: number }) => option.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const destination = options.find(
      (option: { establishment: { id: string } }) => option.establishment.id === world.destination.id,
    );
    expect(destination.earliestSlot).not.toBeNull();
    expect(destination.reasons).toContain('nearest');
    expect(options.filter((option: { recommended: boolean }) => option.recommended)).toHaveLength(1);
  });

  it('puts the pathway’s destinations first, by rank, and marks the others off the pathway', async () => {
    const db = world.context.handle.db;
    const mapId = randomUUID();
    await db.execute(sql`insert into pathway_maps (gst_id, id, specialty_code, version, status, effective_from, published_at)
      values (${world.gstId}, ${mapId}, 'internal_medicine', 1, 'published', ${addDays(today, -1)}, now())`);
    await db.execute(sql`insert into pathway_origins (gst_id, map_id, origin_establishment_id, max_delay_routine_days,
        max_delay_urgent_days, max_delay_emergency_hours, teleexpertise_first)
      values (${world.gstId}, ${mapId}, ${world.origin.id}, 30, 3, 6, true)`);
    await db.execute(sql`insert into pathway_destinations (gst_id, map_id, origin_establishment_id, rank, destination_establishment_id)
      values (${world.gstId}, ${mapId}, ${world.origin.id}, 1, ${world.destination.id})`);
    const { pathway, options } = (await destinations(world.nurse, 'internal_medicine')).json();
    expect(pathway).toMatchObject({ mapId, teleexpertiseFirst: true, maxDelayDays: 30 });
    expect(options[0]).toMatchObject({ establishment: { id: world.destination.id }, pathwayRank: 1 });
    expect(options[0].reasons).toContain('pathway_rank');
    expect(options.slice(1).every((option: { reasons: string[] }) => option.reasons.includes('off_pathway'))).toBe(
      true,
    );
    // A referral there is in the pathway: no justification needed.
    const sent = await sendReferral(world, world.nurse, {
      specialtyCode: 'internal_medicine',
      offPathwayJustification: null,
    });
    expect(sent).toMatchObject({ inPathway: true, pathway: { mapId, rank: 1 } });
  });

  it('answers 400 without a specialty, 403 to the desk, 404 to another GST', async () => {
    expect(
      (
        await request(
          world.context.app,
          world.nurse,
          'GET',
          `/api/referral-destinations?originEstablishmentId=${world.origin.id}`,
        )
      ).statusCode,
    ).toBe(400);
    expect((await destinations(world.originSecretary, 'cardiology')).statusCode).toBe(403);
    expect((await destinations(world.orientalPhysician, 'cardiology')).statusCode).toBe(404);
  });
});
