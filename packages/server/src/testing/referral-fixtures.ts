import { randomUUID } from 'node:crypto';
import type { Role } from '@tansiq/domain';
import { recordingMessenger } from '../notifications/messenger';
import { buildEstablishment, buildUser, gstOf, testPassword } from './factories';
import { buildPatient } from './patient-factories';
import { createTestContext, login, request, type TestContext, type TestSession } from './test-app';

/**
 * A small referral world in TTA: a rural health centre (origin) whose patient is referred to cardiology at a
 * provincial hospital (destination), a regional hospital that also offers cardiology, a hospital without it, and
 * one user per role the loop needs, plus outsiders (another establishment, another GST).
 */
export interface ReferralWorld {
  context: TestContext;
  messenger: ReturnType<typeof recordingMessenger>;
  gstId: string;
  origin: { id: string; code: string };
  destination: { id: string; code: string };
  regional: { id: string; code: string };
  noCardiology: { id: string; code: string };
  patient: { id: string; regionalId: string };
  nurse: TestSession;
  originPhysician: TestSession;
  originSecretary: TestSession;
  destinationPhysician: TestSession;
  destinationSecretary: TestSession;
  regionalPhysician: TestSession;
  outsider: TestSession;
  orientalPhysician: TestSession;
  gstAdmin: TestSession;
}

/** Builds the world on a fresh test context. */
export async function buildReferralWorld(): Promise<ReferralWorld> {
  const messenger = recordingMessenger();
  const context = await createTestContext({ messenger });
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const origin = await buildEstablishment(db, tta.id, { nameFr: 'CSR Bab Taza' });
  const destination = await buildEstablishment(db, tta.id, {
    type: 'CHP',
    level: 'secondary',
    nameFr: 'CHP Mohammed V de Chefchaouen',
    services: [
      { specialtyCode: 'cardiology', beds: 12 },
      { specialtyCode: 'internal_medicine', beds: 20 },
    ],
    equipment: [],
  });
  const regional = await buildEstablishment(db, tta.id, {
    type: 'CHR',
    level: 'tertiary',
    nameFr: 'CHR de test',
    lon: -5.8,
    lat: 35.77,
    services: [{ specialtyCode: 'cardiology', beds: 30 }],
    equipment: [],
  });
  const noCardiology = await buildEstablishment(db, tta.id, {
    type: 'HP',
    level: 'secondary',
    nameFr: 'HP sans cardiologie',
    services: [{ specialtyCode: 'general_surgery', beds: 10 }],
    equipment: [],
  });
  const orientalEstablishment = await buildEstablishment(db, oriental.id, {
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
  });
  const patient = await buildPatient(db, tta.id, { establishmentId: origin.id, localId: `IPP-${randomUUID()}` });
  const at = async (role: Role, gstId: string, establishmentId: string) => {
    const user = await buildUser(db, role, { scopeLevel: 'establishment', gstId, establishmentId });
    return login(context.app, user.username, testPassword);
  };
  const admin = await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  return {
    context,
    messenger,
    gstId: tta.id,
    origin,
    destination,
    regional,
    noCardiology,
    patient,
    nurse: await at('nurse', tta.id, origin.id),
    originPhysician: await at('physician', tta.id, origin.id),
    originSecretary: await at('secretary', tta.id, origin.id),
    destinationPhysician: await at('physician', tta.id, destination.id),
    destinationSecretary: await at('secretary', tta.id, destination.id),
    regionalPhysician: await at('physician', tta.id, regional.id),
    outsider: await at('physician', tta.id, noCardiology.id),
    orientalPhysician: await at('physician', oriental.id, orientalEstablishment.id),
    gstAdmin: await login(context.app, admin.username, testPassword),
  };
}

/** A valid referral from the world's origin to cardiology at its destination (off any pathway: justified). */
export const referralInput = (world: ReferralWorld, overrides: Record<string, unknown> = {}) => ({
  patientId: world.patient.id,
  originEstablishmentId: world.origin.id,
  specialtyCode: 'cardiology',
  urgency: 'routine',
  destinationEstablishmentId: world.destination.id,
  reason: 'Douleur thoracique d’effort, bilan coronarien',
  clinicalSummary: 'Patiente de 58 ans, diabétique, douleur thoracique depuis trois semaines. ECG de repos normal.',
  offPathwayJustification: 'Pas encore de filière de cardiologie publiée',
  ...overrides,
});

/** Creates a referral as `session` and returns its body (fails the test otherwise). */
export async function sendReferral(
  world: ReferralWorld,
  session: TestSession,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; version: number; number: string; status: string }> {
  const response = await request(world.context.app, session, 'POST', '/api/referrals', referralInput(world, overrides));
  if (response.statusCode !== 201) {
    throw new Error(`Referral not created: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/** Takes a step as `session` and returns the response. */
export function step(world: ReferralWorld, session: TestSession, id: string, path: string, body: object) {
  return request(world.context.app, session, 'POST', `/api/referrals/${id}/${path}`, body);
}
