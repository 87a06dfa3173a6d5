import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestContext,
  login,
  request,
  searchAudit,
  type TestContext,
  type TestSession,
} from '../testing/test-app';
import { buildEstablishment, buildUser, gstOf, testPassword } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';

let context: TestContext;
let tta: { id: string };
let oriental: { id: string };
let patient: { id: string; regionalId: string };
let clinician: TestSession;
let dpo: TestSession;
let orientalDpo: TestSession;
let gstAdmin: TestSession;
let accessId: string;

const reason = { reasonCode: 'continuity_of_care', reasonText: 'Suite de prise en charge après transfert de nuit' };
const reviewUrl = (id: string) => `/api/break-glass-accesses/${id}/review`;

async function signIn(role: Parameters<typeof buildUser>[1], scope: Parameters<typeof buildUser>[2]) {
  const user = await buildUser(context.handle.db, role, scope);
  return login(context.app, user.username, testPassword);
}

async function startAccess(session: TestSession, patientId: string): Promise<string> {
  const response = await request(context.app, session, 'POST', `/api/patients/${patientId}/break-glass`, reason);
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  oriental = await gstOf(db, '02');
  const desk = await buildEstablishment(db, tta.id);
  const ward = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  patient = await buildPatient(db, tta.id, {
    establishmentId: desk.id,
    overrides: { givenNameLatin: 'Zineb', givenNameArabic: 'زينب' },
  });
  clinician = await signIn('physician', { scopeLevel: 'establishment', gstId: tta.id, establishmentId: ward.id });
  dpo = await signIn('data_protection_officer', { scopeLevel: 'gst', gstId: tta.id });
  orientalDpo = await signIn('data_protection_officer', { scopeLevel: 'gst', gstId: oriental.id });
  gstAdmin = await signIn('gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  accessId = await startAccess(clinician, patient.id);
  // What the clinician did under the access: the DPO must see it.
  for (let reading = 0; reading < 2; reading += 1) {
    expect((await request(context.app, clinician, 'GET', `/api/patients/${patient.id}/encounters`)).statusCode).toBe(
      200,
    );
  }
  expect(
    (
      await request(context.app, clinician, 'POST', `/api/patients/${patient.id}/encounters`, {
        establishmentId: ward.id,
        kind: 'emergency',
        startedAt: new Date(Date.now() - 600_000).toISOString(),
        practitionerName: 'Dr Karim Bennani',
        reason: 'Malaise sur la voie publique',
      })
    ).statusCode,
  ).toBe(201);
  expect((await request(context.app, clinician, 'POST', `/api/break-glass/${accessId}/end`)).statusCode).toBe(200);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/break-glass-accesses', () => {
  it('lists who opened which patient, when, why, how long, and what they did meanwhile', async () => {
    const response = await request(context.app, dpo, 'GET', `/api/break-glass-accesses?gstId=${tta.id}&status=pending`);
    expect(response.statusCode).toBe(200);
    const item = response.json().items.find((entry: { id: string }) => entry.id === accessId);
    expect(item).toMatchObject({
      user: { id: clinician.userId, displayName: 'Test physician' },
      patient: { id: patient.id, regionalId: patient.regionalId, givenNameLatin: 'Zineb', givenNameArabic: 'زينب' },
      reasonCode: 'continuity_of_care',
      reasonText: reason.reasonText,
      state: 'ended',
      reviewStatus: 'pending',
      auditEventCount: 3,
      reviewedBy: null,
    });
    expect(item.actions).toEqual([
      { action: 'patient.timeline.read', count: 2 },
      { action: 'encounter.create', count: 1 },
    ]);
    expect(item.durationMinutes).toBeGreaterThanOrEqual(0);
    expect(item.establishment).not.toBeNull();
  });

  it('lists the accesses of every GST the officer reviews when no GST is given, and audits the reading', async () => {
    const response = await request(context.app, dpo, 'GET', '/api/break-glass-accesses');
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((entry: { id: string }) => entry.id)).toContain(accessId);
    const audit = await searchAudit(context.app, gstAdmin, `action=break_glass_access.list&actorUserId=${dpo.userId}`);
    expect(audit.items.length).toBeGreaterThanOrEqual(1);
    expect(audit.items[0]).toMatchObject({ gstId: tta.id, outcome: 'success' });
  });

  it('answers 400 for an unknown status', async () => {
    const response = await request(context.app, dpo, 'GET', '/api/break-glass-accesses?status=forgotten');
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['querystring', 'status']);
  });

  it('answers 401 without a session', async () => {
    expect((await request(context.app, null, 'GET', '/api/break-glass-accesses')).statusCode).toBe(401);
  });

  it('answers 403 to anyone but the GST’s data-protection officer, audited', async () => {
    expect((await request(context.app, clinician, 'GET', '/api/break-glass-accesses')).statusCode).toBe(403);
    expect((await request(context.app, gstAdmin, 'GET', '/api/break-glass-accesses')).statusCode).toBe(403);
    const otherGst = await request(context.app, orientalDpo, 'GET', `/api/break-glass-accesses?gstId=${tta.id}`);
    expect(otherGst.statusCode).toBe(403);
    const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${orientalDpo.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'GET /api/break-glass-accesses', gstId: tta.id });
  });

  it('shows the officer of another GST none of this GST’s accesses', async () => {
    const response = await request(context.app, orientalDpo, 'GET', '/api/break-glass-accesses');
    expect(response.statusCode).toBe(200);
    expect(response.json().items.map((entry: { id: string }) => entry.id)).not.toContain(accessId);
  });
});

describe('POST /api/break-glass-accesses/:id/review', () => {
  it('records the decision once, audited; a second review is a conflict', async () => {
    const response = await request(context.app, dpo, 'POST', reviewUrl(accessId), { decision: 'justified', note: '' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: accessId, reviewStatus: 'justified' });
    const audit = await searchAudit(context.app, gstAdmin, `action=patient.break_glass.review&entityId=${accessId}`);
    expect(audit.items[0]).toMatchObject({
      actorUserId: dpo.userId,
      patientId: patient.id,
      details: { decision: 'justified', userId: clinician.userId },
    });
    const listed = await request(context.app, dpo, 'GET', `/api/break-glass-accesses?gstId=${tta.id}&status=justified`);
    expect(listed.json().items.find((entry: { id: string }) => entry.id === accessId)).toMatchObject({
      reviewStatus: 'justified',
      reviewedBy: { id: dpo.userId },
    });
    const again = await request(context.app, dpo, 'POST', reviewUrl(accessId), {
      decision: 'unjustified',
      note: 'Aucun lien de soins',
    });
    expect(again.statusCode).toBe(409);
  });

  it('needs a note to judge an access unjustified', async () => {
    const id = await startAccess(clinician, (await buildPatient(context.handle.db, tta.id)).id);
    const response = await request(context.app, dpo, 'POST', reviewUrl(id), { decision: 'unjustified' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toEqual(['note']);
    const reviewed = await request(context.app, dpo, 'POST', reviewUrl(id), {
      decision: 'unjustified',
      note: 'Pas de prise en charge ce jour-là',
    });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.json().reviewStatus).toBe('unjustified');
  });

  it('answers 401, 403 to others than the officer, 404 to another GST and for an unknown access', async () => {
    const id = await startAccess(clinician, (await buildPatient(context.handle.db, tta.id)).id);
    const decision = { decision: 'justified' };
    expect((await request(context.app, null, 'POST', reviewUrl(id), decision)).statusCode).toBe(401);
    expect((await request(context.app, clinician, 'POST', reviewUrl(id), decision)).statusCode).toBe(403);
    expect((await request(context.app, gstAdmin, 'POST', reviewUrl(id), decision)).statusCode).toBe(403);
    expect((await request(context.app, orientalDpo, 'POST', reviewUrl(id), decision)).statusCode).toBe(404);
    expect((await request(context.app, dpo, 'POST', reviewUrl(randomUUID()), decision)).statusCode).toBe(404);
    const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${orientalDpo.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'POST /api/break-glass-accesses/:id/review', gstId: tta.id });
  });
});
