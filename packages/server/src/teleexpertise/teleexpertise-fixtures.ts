import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { addDays, todayInMorocco, type Role } from '@tansiq/domain';
import { insertSchedule, writeDirectoryEntry } from '@tansiq/db';
import { recordingMessenger } from '../notifications/messenger';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { createTestContext, login, request, type TestContext, type TestSession } from '../testing/test-app';

/**
 * A tele-expertise world in Marrakech-Safi (region 07, so sweeping queries of the TTA tests never see it): a rural
 * health centre asks cardiology at a provincial hospital that answers tele-expertise and holds teleconsultation
 * sessions every day; a CHR (regional pool) and a hospital whose cardiology does not answer; one clinician per role.
 */
export interface TeleexpertiseWorld {
  context: TestContext;
  messenger: ReturnType<typeof recordingMessenger>;
  gstId: string;
  origin: { id: string };
  destination: { id: string };
  regional: { id: string };
  silent: { id: string };
  patient: { id: string };
  nurse: TestSession;
  originPhysician: TestSession;
  originSecretary: TestSession;
  destinationPhysician: TestSession;
  secondDestinationPhysician: TestSession;
  destinationNurse: TestSession;
  outsider: TestSession;
  otherGstPhysician: TestSession;
  gstAdmin: TestSession;
}

const province = { provinceCode: '07.161', lon: -8.76, lat: 31.54 };

/** Builds the world on a fresh test context. */
export async function buildTeleexpertiseWorld(): Promise<TeleexpertiseWorld> {
  const messenger = recordingMessenger();
  const context = await createTestContext({ messenger });
  const db = context.handle.db;
  const gst = await gstOf(db, '07');
  const other = await gstOf(db, '08');
  const cardiology = [{ specialtyCode: 'cardiology', beds: 10 }];
  const origin = await buildEstablishment(db, gst.id, { ...province, nameFr: 'CSR Imintanout' });
  const destination = await buildEstablishment(db, gst.id, {
    ...province,
    type: 'CHP',
    level: 'secondary',
    nameFr: 'CHP de Chichaoua',
    services: cardiology,
    equipment: [],
  });
  const regional = await buildEstablishment(db, gst.id, {
    ...province,
    type: 'CHR',
    level: 'tertiary',
    services: cardiology,
    equipment: [],
  });
  const silent = await buildEstablishment(db, gst.id, {
    ...province,
    type: 'HP',
    level: 'secondary',
    services: cardiology,
    equipment: [],
  });
  const elsewhere = await buildEstablishment(db, gst.id, province);
  const otherEstablishment = await buildEstablishment(db, other.id, { provinceCode: '08.401', lon: -6.9, lat: 30.92 });
  const patient = await buildPatient(db, gst.id, { establishmentId: origin.id });
  const today = todayInMorocco();
  await db.transaction(async (tx) => {
    await writeDirectoryEntry(
      tx,
      { gstId: gst.id, establishmentId: destination.id, specialtyCode: 'cardiology' },
      {
        version: 0,
        acceptsReferrals: true,
        criteria: null,
        notes: null,
        directBooking: false,
        offersTeleexpertise: true,
        offersTeleconsultation: true,
        headUserId: null,
      },
      null,
    );
    for (let weekday = 1; weekday <= 7; weekday++) {
      const schedule = {
        id: randomUUID(),
        establishmentId: destination.id,
        specialtyCode: 'cardiology',
        weekday,
        startTime: '14:00',
        endTime: '16:00',
        slotCount: 4,
        mode: 'teleconsultation' as const,
        validFrom: addDays(today, -1),
        validTo: null,
      };
      await insertSchedule(tx, gst.id, schedule, null);
    }
    await tx.execute(
      sql`update gsts set settings = settings || ${JSON.stringify({
        teleconsultationLinkTemplate: 'https://visio.example.org/{room}',
      })}::jsonb where id = ${gst.id}`,
    );
  });
  const at = async (role: Role, gstId: string, establishmentId: string) => {
    const user = await buildUser(db, role, { scopeLevel: 'establishment', gstId, establishmentId });
    return login(context.app, user.username, testPassword);
  };
  const admin = await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: gst.id });
  return {
    context,
    messenger,
    gstId: gst.id,
    origin,
    destination,
    regional,
    silent,
    patient,
    nurse: await at('nurse', gst.id, origin.id),
    originPhysician: await at('physician', gst.id, origin.id),
    originSecretary: await at('secretary', gst.id, origin.id),
    destinationPhysician: await at('physician', gst.id, destination.id),
    secondDestinationPhysician: await at('physician', gst.id, destination.id),
    destinationNurse: await at('nurse', gst.id, destination.id),
    outsider: await at('physician', gst.id, elsewhere.id),
    otherGstPhysician: await at('physician', other.id, otherEstablishment.id),
    gstAdmin: await login(context.app, admin.username, testPassword),
  };
}

/** A valid question from the world's origin to cardiology at its destination. */
export const teleexpertiseInput = (world: TeleexpertiseWorld, overrides: Record<string, unknown> = {}) => ({
  patientId: world.patient.id,
  originEstablishmentId: world.origin.id,
  specialtyCode: 'cardiology',
  destinationEstablishmentId: world.destination.id,
  question: 'Souffle systolique 3/6 chez une patiente de 40 ans, asymptomatique. ECG joint. Échographie nécessaire ?',
  ...overrides,
});

/** Asks as `session` and returns the request (fails the test otherwise). */
export async function askTeleexpertise(
  world: TeleexpertiseWorld,
  session: TestSession,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; number: string; version: number; status: string }> {
  const response = await request(
    world.context.app,
    session,
    'POST',
    '/api/teleexpertise',
    teleexpertiseInput(world, overrides),
  );
  if (response.statusCode !== 201) {
    throw new Error(`Tele-expertise not created: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/** Posts to a sub-resource of a request as `session`. */
export const teleexpertiseStep = (
  world: TeleexpertiseWorld,
  session: TestSession | null,
  id: string,
  path: string,
  body: object,
) => request(world.context.app, session, 'POST', `/api/teleexpertise/${id}/${path}`, body);
