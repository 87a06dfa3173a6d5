import { sql } from 'drizzle-orm';
import { queryRows } from '@tansiq/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordingMessenger } from '../notifications/messenger';
import { MAX_ATTACHMENT_BYTES } from '../attachments/stored-attachments';
import { request } from '../testing/test-app';
import { escalateTeleexpertise } from './escalate-teleexpertise';
import {
  askTeleexpertise,
  buildTeleexpertiseWorld,
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

interface Slot {
  scheduleId: string;
  sessionDate: string;
  slotIndex: number;
  startsAt: string;
}

/** A request answered with a proposed teleconsultation. */
async function proposed() {
  const asked = await askTeleexpertise(world, world.nurse);
  const answered = await teleexpertiseStep(world, world.destinationPhysician, asked.id, 'answer', {
    version: 1,
    kind: 'teleconsultation',
    text: 'Je propose une téléconsultation avec l’infirmière et l’ECG.',
  });
  expect(answered.json().allowedActions).toEqual(['book_teleconsultation']);
  return asked;
}

async function slots(id: string): Promise<Slot[]> {
  const response = await request(
    world.context.app,
    world.nurse,
    'GET',
    `/api/teleexpertise/${id}/teleconsultation-slots`,
  );
  expect(response.statusCode).toBe(200);
  return response.json();
}

const slotBody = (slot: Slot) => ({
  scheduleId: slot.scheduleId,
  sessionDate: slot.sessionDate,
  slotIndex: slot.slotIndex,
});

describe('the teleconsultation a tele-expertise answer proposes', () => {
  it('books a teleconsultation slot with a video room from the GST template, then the specialist reports it', async () => {
    const asked = await proposed();
    const [slot] = await slots(asked.id);
    if (!slot) {
      throw new Error('no teleconsultation slot');
    }
    const booked = await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation', slotBody(slot));
    expect(booked.statusCode).toBe(200);
    const appointment = booked.json().appointment;
    expect(appointment).toMatchObject({ mode: 'teleconsultation', status: 'booked', startsAt: slot.startsAt });
    expect(appointment.videoUrl).toBe(`https://visio.example.org/tansiq-${appointment.id}`);
    expect((await slots(asked.id).catch(() => [])).length).toBe(0);
    expect(world.messenger.sent).toContainEqual(
      expect.objectContaining({ userId: world.destinationPhysician.userId, kind: 'teleconsultation_booked' }),
    );

    const report = {
      findings: 'Souffle éjectionnel 2/6, pas de signe d’insuffisance cardiaque.',
      diagnosis: 'Souffle fonctionnel',
      icd10Code: 'R01.1',
      recommendations: 'Échographie de contrôle dans 6 mois.',
    };
    const url = `/api/appointments/${appointment.id}/teleconsultation-report`;
    expect((await request(world.context.app, world.originPhysician, 'POST', url, report)).statusCode).toBe(403);
    expect(
      (await request(world.context.app, world.destinationPhysician, 'POST', url, { ...report, findings: '' }))
        .statusCode,
    ).toBe(400);
    const reported = await request(world.context.app, world.destinationPhysician, 'POST', url, report);
    expect(reported.statusCode).toBe(200);
    expect(reported.json()).toMatchObject({
      appointment: { status: 'attended' },
      report: { diagnosis: 'Souffle fonctionnel', author: { userId: world.destinationPhysician.userId } },
      allowedActions: [],
    });
    expect((await request(world.context.app, world.destinationPhysician, 'POST', url, report)).statusCode).toBe(409);
    const timeline = await request(
      world.context.app,
      world.nurse,
      'GET',
      `/api/patients/${world.patient.id}/encounters`,
    );
    expect(JSON.stringify(timeline.json())).toContain('"kind":"teleconsultation"');
    const acts = await queryRows(
      world.context.handle.db,
      sql`select kind from care_acts where source_id = ${appointment.id}`,
    );
    expect(acts).toEqual([{ kind: 'teleconsultation' }]);
  });

  it('books only once, only a free teleconsultation slot, and only when one was proposed', async () => {
    const asked = await proposed();
    const [first, second] = await slots(asked.id);
    if (!first || !second) {
      throw new Error('not enough slots');
    }
    const wrong = await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation', {
      ...slotBody(first),
      slotIndex: 150,
    });
    expect(wrong.statusCode).toBe(422);
    expect(
      (await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation', slotBody(first))).statusCode,
    ).toBe(200);
    expect(
      (await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation', slotBody(second))).statusCode,
    ).toBe(409);
    const advice = await askTeleexpertise(world, world.nurse);
    await teleexpertiseStep(world, world.destinationPhysician, advice.id, 'answer', {
      version: 1,
      kind: 'advice',
      text: 'Avis',
    });
    expect(
      (await teleexpertiseStep(world, world.nurse, advice.id, 'teleconsultation', slotBody(second))).statusCode,
    ).toBe(409);
  });

  it('answers 404 for an unknown appointment and 401 without a session', async () => {
    const url = '/api/appointments/00000000-0000-4000-8000-000000000000/teleconsultation-report';
    const report = { findings: 'x', recommendations: 'y' };
    expect((await request(world.context.app, world.destinationPhysician, 'POST', url, report)).statusCode).toBe(404);
    expect((await request(world.context.app, null, 'POST', url, report)).statusCode).toBe(401);
  });
});

describe('tele-expertise attachments', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20), Buffer.from('\n%%EOF\n')]);
  const upload = (id: string, body: Buffer, contentType: string) =>
    request(world.context.app, world.nurse, 'POST', `/api/teleexpertise/${id}/attachments?fileName=ECG.pdf`, body, {
      'content-type': contentType,
    });

  it('attaches a PDF the specialist reads back; refuses a disguised file (415) and an oversized one (413)', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    const added = await upload(asked.id, pdf, 'application/pdf');
    expect(added.statusCode).toBe(201);
    const read = await request(
      world.context.app,
      world.destinationPhysician,
      'GET',
      `/api/teleexpertise/${asked.id}/attachments/${added.json().id}`,
    );
    expect(read.statusCode).toBe(200);
    expect(read.headers['content-type']).toContain('application/pdf');
    expect((await upload(asked.id, Buffer.from('<html>not a pdf'), 'application/pdf')).statusCode).toBe(415);
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES, 0x20)]);
    expect((await upload(asked.id, big, 'application/pdf')).statusCode).toBe(413);
    const outsider = await request(
      world.context.app,
      world.outsider,
      'GET',
      `/api/teleexpertise/${asked.id}/attachments/${added.json().id}`,
    );
    expect(outsider.statusCode).toBe(404);
  });
});

describe('calling a teleconsultation off, or recording that the patient did not come', () => {
  async function bookedRequest() {
    const asked = await proposed();
    const [slot] = await slots(asked.id);
    if (!slot) {
      throw new Error('no teleconsultation slot');
    }
    const booked = await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation', slotBody(slot));
    expect(booked.statusCode, booked.body).toBe(200);
    return { asked, slot, appointmentId: booked.json().appointment.id as string };
  }

  it('lets either end cancel a booked session with a reason, which frees the slot to book again (a reschedule)', async () => {
    const { asked, slot, appointmentId } = await bookedRequest();
    // The origin's desk does not see tele-expertise requests at all.
    expect(
      (await teleexpertiseStep(world, world.originSecretary, asked.id, 'teleconsultation/cancel', { reason: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation/cancel', {})).statusCode).toBe(400);
    const cancelled = await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation/cancel', {
      reason: 'Patiente hospitalisée entre-temps',
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({ appointment: null, allowedActions: ['book_teleconsultation'] });
    const [row] = await queryRows(
      world.context.handle.db,
      sql`select status, cancel_reason from appointments where id = ${appointmentId}`,
    );
    expect(row).toMatchObject({ status: 'cancelled', cancel_reason: 'Patiente hospitalisée entre-temps' });
    expect((await slots(asked.id)).map((free) => free.startsAt)).toContain(slot.startsAt);
    const again = await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation/cancel', { reason: 'x y' });
    expect(again.statusCode).toBe(409);
  });

  it('records a no-show only once the session has started, then lets it be booked again', async () => {
    const { asked, appointmentId } = await bookedRequest();
    const early = await teleexpertiseStep(world, world.destinationPhysician, asked.id, 'teleconsultation/no-show', {});
    expect(early.statusCode).toBe(409);
    expect((await teleexpertiseStep(world, world.nurse, asked.id, 'teleconsultation/no-show', {})).statusCode).toBe(
      403,
    );
    await world.context.handle.db.execute(
      sql`update appointments set starts_at = now() - interval '1 hour', ends_at = now() - interval '50 minutes'
        where id = ${appointmentId}`,
    );
    const missed = await teleexpertiseStep(world, world.destinationPhysician, asked.id, 'teleconsultation/no-show', {});
    expect(missed.statusCode, missed.body).toBe(200);
    expect(missed.json().allowedActions).toEqual(['book_teleconsultation']);
    const outsider = await teleexpertiseStep(world, world.otherGstPhysician, asked.id, 'teleconsultation/no-show', {});
    expect(outsider.statusCode).toBe(404);
  });
});

describe('escalateTeleexpertise', () => {
  it('escalates an overdue open request once, to the destination and back to the asker', async () => {
    const asked = await askTeleexpertise(world, world.nurse);
    await world.context.handle.db.execute(
      sql`update teleexpertise_requests set due_at = now() - interval '2 hours' where id = ${asked.id}`,
    );
    const messenger = recordingMessenger();
    expect(await escalateTeleexpertise(world.context.handle.db, messenger)).toBeGreaterThanOrEqual(1);
    const sent = messenger.sent.filter((message) => message.reference === asked.number);
    expect(sent.map((message) => message.userId)).toEqual(
      expect.arrayContaining([world.destinationPhysician.userId, world.nurse.userId]),
    );
    expect(sent.every((message) => message.kind === 'teleexpertise_overdue')).toBe(true);
    const again = recordingMessenger();
    await escalateTeleexpertise(world.context.handle.db, again);
    expect(again.sent.filter((message) => message.reference === asked.number)).toEqual([]);
  });
});
