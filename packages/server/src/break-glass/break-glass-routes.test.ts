import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@tansiq/domain';
import { queryRows } from '@tansiq/db';
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
import { loadPatientAccess } from '../patients/patient-access';
import { closeExpiredBreakGlass, startBreakGlassSweeper } from './close-expired-break-glass';

let context: TestContext;
let tta: { id: string };
let desk: { id: string };
let emergencyWard: { id: string };
let patient: { id: string };
let deskPhysician: TestSession;
let secretary: TestSession;
let gstAdmin: TestSession;
let orientalPhysician: TestSession;

const reason = { reasonCode: 'unconscious_patient', reasonText: 'Patient inconscient amené aux urgences' };
const breakGlassUrl = (patientId: string) => `/api/patients/${patientId}/break-glass`;
const timelineUrl = (patientId: string) => `/api/patients/${patientId}/encounters`;

async function userAt(role: 'physician' | 'nurse' | 'secretary', gstId: string, establishmentId: string) {
  const user = await buildUser(context.handle.db, role, { scopeLevel: 'establishment', gstId, establishmentId });
  return login(context.app, user.username, testPassword);
}

/** An emergency clinician of TTA with no care relationship to the patient. */
const emergencyPhysician = () => userAt('physician', tta.id, emergencyWard.id);

const moveExpiryIntoThePast = (accessId: string) =>
  context.handle.db.execute(
    sql`update break_glass_accesses set started_at = now() - interval '5 hours', expires_at = now() - interval '1 hour'
      where id = ${accessId}`,
  );

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  tta = await gstOf(db, '01');
  const oriental = await gstOf(db, '02');
  desk = await buildEstablishment(db, tta.id);
  emergencyWard = await buildEstablishment(db, tta.id, { type: 'CHP', level: 'secondary' });
  const orientalCentre = await buildEstablishment(db, oriental.id, {
    provinceCode: '02.411',
    lon: -1.9086,
    lat: 34.6814,
  });
  patient = await buildPatient(db, tta.id, { establishmentId: desk.id });
  deskPhysician = await userAt('physician', tta.id, desk.id);
  secretary = await userAt('secretary', tta.id, emergencyWard.id);
  orientalPhysician = await userAt('physician', oriental.id, orientalCentre.id);
  const admin = await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id });
  gstAdmin = await login(context.app, admin.username, testPassword);
  const recorded = await request(context.app, deskPhysician, 'POST', timelineUrl(patient.id), {
    establishmentId: desk.id,
    kind: 'consultation',
    startedAt: new Date(Date.now() - 86_400_000).toISOString(),
    practitionerName: 'Dr Amina Alaoui',
    reason: 'Asthme connu, suivi',
    icd10Code: 'J45',
  });
  expect(recorded.statusCode).toBe(201);
});

afterAll(async () => {
  await context.close();
});

describe('POST /api/patients/:id/break-glass', () => {
  it('opens the record for 4 hours with clinical detail, audited with the reason code', async () => {
    const clinician = await emergencyPhysician();
    expect((await request(context.app, clinician, 'GET', timelineUrl(patient.id))).statusCode).toBe(404);

    const response = await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason);
    expect(response.statusCode).toBe(201);
    const access = response.json();
    expect(access).toMatchObject({
      patientId: patient.id,
      userId: clinician.userId,
      establishmentId: emergencyWard.id,
      reasonCode: 'unconscious_patient',
      state: 'running',
      reviewStatus: 'pending',
      endedAt: null,
    });
    expect(Date.parse(access.expiresAt) - Date.parse(access.startedAt)).toBe(4 * 3_600_000);

    const timeline = await request(context.app, clinician, 'GET', timelineUrl(patient.id));
    expect(timeline.statusCode).toBe(200);
    expect(timeline.json().items[0]).toMatchObject({
      reason: 'Asthme connu, suivi',
      icd10Code: 'J45',
      redacted: false,
    });

    const audit = await searchAudit(context.app, gstAdmin, `action=patient.break_glass.start&entityId=${access.id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorUserId: clinician.userId,
      patientId: patient.id,
      purpose: 'break_glass',
      details: { reasonCode: 'unconscious_patient' },
    });
    const read = await searchAudit(
      context.app,
      gstAdmin,
      `action=patient.timeline.read&actorUserId=${clinician.userId}`,
    );
    expect(read.items[0]).toMatchObject({ patientId: patient.id, purpose: 'break_glass' });
  });

  it('grants access with the break-the-glass basis while it runs', async () => {
    const clinician = await emergencyPhysician();
    const started = await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason);
    const actor: Actor = {
      userId: clinician.userId,
      username: 'emergency',
      displayName: 'Emergency physician',
      assignments: [
        {
          role: 'physician',
          scopeLevel: 'establishment',
          gstId: tta.id,
          provinceCode: null,
          establishmentId: emergencyWard.id,
        },
      ],
    };
    const loaded = await loadPatientAccess(context.handle.db, actor, patient.id);
    expect(loaded.access).toEqual({
      basis: 'break_glass',
      clinical: true,
      breakGlassId: started.json().id,
      breakGlassExpiresAt: started.json().expiresAt,
    });
  });

  it('refuses a second access while one runs, and an access to a record already open to the actor', async () => {
    const clinician = await emergencyPhysician();
    expect((await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).statusCode).toBe(201);
    expect((await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).statusCode).toBe(409);
    expect((await request(context.app, deskPhysician, 'POST', breakGlassUrl(patient.id), reason)).statusCode).toBe(409);
  });

  it('answers 400 without a reason, or with a reason too short to review', async () => {
    const clinician = await emergencyPhysician();
    const none = await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.issues.map((issue: { path: string[] }) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['reasonCode', 'reasonText']),
    );
    const short = await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), {
      reasonCode: 'emergency',
      reasonText: 'urgent',
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.issues[0].path).toEqual(['reasonText']);
  });

  it('answers 401 without a session', async () => {
    expect((await request(context.app, null, 'POST', breakGlassUrl(patient.id), reason)).statusCode).toBe(401);
  });

  it('answers 403 to non-clinical roles, audited as denied', async () => {
    for (const session of [secretary, gstAdmin]) {
      const response = await request(context.app, session, 'POST', breakGlassUrl(patient.id), reason);
      expect(response.statusCode).toBe(403);
      const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${session.userId}`);
      expect(audit.items[0]).toMatchObject({ action: 'POST /api/patients/:id/break-glass', gstId: tta.id });
    }
  });

  it('answers 404 for a patient of another GST (audited) and for an unknown patient', async () => {
    const response = await request(context.app, orientalPhysician, 'POST', breakGlassUrl(patient.id), reason);
    expect(response.statusCode).toBe(404);
    const audit = await searchAudit(context.app, gstAdmin, `outcome=denied&actorUserId=${orientalPhysician.userId}`);
    expect(audit.items[0]).toMatchObject({ action: 'POST /api/patients/:id/break-glass', gstId: tta.id });
    const clinician = await emergencyPhysician();
    expect((await request(context.app, clinician, 'POST', breakGlassUrl(randomUUID()), reason)).statusCode).toBe(404);
  });
});

describe('expiry of a break-the-glass access', () => {
  it('closes the record again after expiry, and the sweep audits the stop once', async () => {
    const clinician = await emergencyPhysician();
    const access = (await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).json();
    await moveExpiryIntoThePast(access.id);
    expect((await request(context.app, clinician, 'GET', timelineUrl(patient.id))).statusCode).toBe(404);

    expect(await closeExpiredBreakGlass(context.handle.db)).toBeGreaterThanOrEqual(1);
    // A second sweep finds it closed: other files' accesses may expire meanwhile, so only this one is checked.
    await closeExpiredBreakGlass(context.handle.db);
    const [row] = await queryRows(
      context.handle.db,
      sql`select ended_at = expires_at as at_expiry from break_glass_accesses where id = ${access.id}`,
    );
    expect(row?.at_expiry).toBe(true);
    const audit = await searchAudit(context.app, gstAdmin, `action=patient.break_glass.end&entityId=${access.id}`);
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({
      actorUserId: null,
      patientId: patient.id,
      details: { endedBy: 'expiry', userId: clinician.userId },
    });
  });

  it('sweeps in the background until stopped', async () => {
    const clinician = await emergencyPhysician();
    const access = (await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).json();
    await moveExpiryIntoThePast(access.id);
    const stop = startBreakGlassSweeper(context.handle.db, 20);
    try {
      await expect
        .poll(
          async () =>
            (await searchAudit(context.app, gstAdmin, `action=patient.break_glass.end&entityId=${access.id}`)).total,
          {
            timeout: 5_000,
          },
        )
        .toBe(1);
    } finally {
      stop();
    }
  });
});

describe('POST /api/break-glass/:id/end', () => {
  it('ends one’s own access early, audited, and the record closes again', async () => {
    const clinician = await emergencyPhysician();
    const access = (await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).json();
    const response = await request(context.app, clinician, 'POST', `/api/break-glass/${access.id}/end`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: access.id, state: 'ended' });
    expect((await request(context.app, clinician, 'GET', timelineUrl(patient.id))).statusCode).toBe(404);
    const audit = await searchAudit(context.app, gstAdmin, `action=patient.break_glass.end&entityId=${access.id}`);
    expect(audit.items[0]).toMatchObject({
      actorUserId: clinician.userId,
      patientId: patient.id,
      details: { endedBy: 'user' },
    });
    const again = await request(context.app, clinician, 'POST', `/api/break-glass/${access.id}/end`);
    expect(again.statusCode).toBe(409);
  });

  it('answers 400 for a bad id, 401 without a session, 403 to another user, 404 to another GST', async () => {
    const clinician = await emergencyPhysician();
    const access = (await request(context.app, clinician, 'POST', breakGlassUrl(patient.id), reason)).json();
    const url = `/api/break-glass/${access.id}/end`;
    expect((await request(context.app, clinician, 'POST', '/api/break-glass/nope/end')).statusCode).toBe(400);
    expect((await request(context.app, null, 'POST', url)).statusCode).toBe(401);
    expect((await request(context.app, deskPhysician, 'POST', url)).statusCode).toBe(403);
    expect((await request(context.app, orientalPhysician, 'POST', url)).statusCode).toBe(404);
    expect((await request(context.app, clinician, 'POST', `/api/break-glass/${randomUUID()}/end`)).statusCode).toBe(
      404,
    );
    expect((await request(context.app, clinician, 'GET', timelineUrl(patient.id))).statusCode).toBe(200);
  });
});
