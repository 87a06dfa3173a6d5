import type { Role } from '@tansiq/domain';
import { recordingMessenger } from '../notifications/messenger';
import { buildEstablishment, buildUser, gstOf, testPassword } from './factories';
import { buildStaffMember } from './staff-factories';
import { createTestContext, login, request, type TestContext, type TestSession } from './test-app';

/**
 * A small mobility world in TTA: a nurse (with her own account) working at a provincial hospital (origin), another
 * hospital (destination), and the people of the approval chains: the origin's director, two GST HR officers, the
 * destination's director, the GST director, a physician who may act as delegate, an outsider and another GST's HR.
 */
export interface MobilityWorld {
  context: TestContext;
  messenger: ReturnType<typeof recordingMessenger>;
  gstId: string;
  origin: { id: string };
  destination: { id: string };
  staff: { id: string; assignmentId: string };
  nurse: TestSession;
  originDirector: TestSession;
  hr: TestSession;
  otherHr: TestSession;
  destinationDirector: TestSession;
  gstDirector: TestSession;
  deputy: TestSession;
  outsider: TestSession;
  orientalHr: TestSession;
  /** Reads the audit trail. */
  gstAdmin: TestSession;
}

/** Builds the world on a fresh test context. */
export async function buildMobilityWorld(): Promise<MobilityWorld> {
  const messenger = recordingMessenger();
  const context = await createTestContext({ messenger });
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  const hospital = { type: 'CHP', level: 'secondary' } as const;
  const origin = await buildEstablishment(db, tta.id, { ...hospital, nameFr: 'CHP de Chefchaouen' });
  const destination = await buildEstablishment(db, tta.id, { ...hospital, nameFr: 'CHP de Ouezzane' });
  const elsewhere = await buildEstablishment(db, tta.id, { nameFr: 'CSR ailleurs' });
  const user = async (role: Role, establishmentId: string | null, gstId = tta.id) => {
    const scope =
      establishmentId === null
        ? { scopeLevel: 'gst' as const, gstId }
        : { scopeLevel: 'establishment' as const, gstId, establishmentId };
    const created = await buildUser(db, role, scope);
    return { ...created, session: await login(context.app, created.username, testPassword) };
  };
  const nurse = await user('nurse', origin.id);
  const staff = await buildStaffMember(db, tta.id, origin.id, { userId: nurse.id, givenNameLatin: 'Salma' });
  return {
    context,
    messenger,
    gstId: tta.id,
    origin,
    destination,
    staff,
    nurse: nurse.session,
    originDirector: (await user('establishment_admin', origin.id)).session,
    hr: (await user('hr_officer', null)).session,
    otherHr: (await user('hr_officer', null)).session,
    destinationDirector: (await user('establishment_admin', destination.id)).session,
    gstDirector: (await user('gst_director', null)).session,
    deputy: (await user('physician', origin.id)).session,
    outsider: (await user('physician', elsewhere.id)).session,
    orientalHr: (await user('hr_officer', null, oriental.id)).session,
    gstAdmin: (await user('gst_admin', null)).session,
  };
}

/** A 5-day temporary mission of the world's nurse to the destination at 50 %, with overrides on the subject. */
export const missionInput = (world: MobilityWorld, subject: Record<string, unknown> = {}) => ({
  type: 'mobility',
  originEstablishmentId: world.origin.id,
  destinationEstablishmentId: world.destination.id,
  subject: {
    kind: 'temporary_mission',
    staffMemberId: world.staff.id,
    fromEstablishmentId: world.origin.id,
    toEstablishmentId: world.destination.id,
    startsOn: '2027-03-01',
    endsOn: '2027-03-05',
    timeShare: 50,
    reason: 'Renfort pour la campagne de vaccination',
    ...subject,
  },
});

/** Raises a request as `session` and returns its body (fails the test otherwise). */
export async function raiseMobility(
  world: MobilityWorld,
  session: TestSession,
  subject: Record<string, unknown> = {},
): Promise<{ id: string; version: number; status: string; steps: unknown[] }> {
  const response = await request(
    world.context.app,
    session,
    'POST',
    '/api/approval-requests',
    missionInput(world, subject),
  );
  if (response.statusCode !== 201) {
    throw new Error(`Request not created: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/** Takes an action on a request as `session`. */
export function act(world: MobilityWorld, session: TestSession | null, id: string, action: string, body: object) {
  return request(world.context.app, session, 'POST', `/api/approval-requests/${id}/${action}`, body);
}
