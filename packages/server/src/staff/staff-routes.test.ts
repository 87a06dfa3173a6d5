import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, request, type TestContext } from '../testing/test-app';
import { buildStaffWorld, countAudit, newMember, type StaffWorld } from './staff-test-fixtures';

let context: TestContext;
let world: StaffWorld;

beforeAll(async () => {
  context = await createTestContext();
  world = await buildStaffWorld(context);
});

afterAll(async () => {
  await context.close();
});

describe('GET /api/staff', () => {
  it('gives the GST HR officer full lines, filtered by establishment and searched by name', async () => {
    const response = await request(
      context.app,
      world.hr,
      'GET',
      `/api/staff?gstId=${world.tta.id}&establishmentId=${world.hospital.id}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([
      expect.objectContaining({
        id: world.hospitalNurse.id,
        view: 'full',
        employmentStatus: 'gst_contract',
        primaryEstablishment: expect.objectContaining({ id: world.hospital.id }),
      }),
    ]);
    const member = newMember({ familyNameLatin: 'Zerhouni', givenNameArabic: 'نادية', familyNameArabic: 'الزرهوني' });
    const created = await request(context.app, world.hr, 'POST', '/api/staff', {
      gstId: world.tta.id,
      member,
      primaryAssignment: { establishmentId: world.healthCentre.id, validFrom: '2020-01-01' },
    });
    const search = await request(
      context.app,
      world.hr,
      'GET',
      `/api/staff?gstId=${world.tta.id}&q=${encodeURIComponent('زرهوني')}&cadre=midwife`,
    );
    expect(search.json().items.map((item: { id: string }) => item.id)).toEqual([created.json().member.id]);
  });

  it('shows a clinician names and roles only', async () => {
    const response = await request(
      context.app,
      world.centrePhysician,
      'GET',
      `/api/staff?gstId=${world.tta.id}&establishmentId=${world.hospital.id}`,
    );
    expect(response.json().items[0]).toMatchObject({
      view: 'directory',
      employmentStatus: null,
      primaryEstablishment: null,
    });
    expect(response.json().items[0]).not.toHaveProperty('cin');
  });

  it('answers 400, 401 and 404 outside the GST', async () => {
    expect((await request(context.app, world.hr, 'GET', '/api/staff?gstId=nope')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', `/api/staff?gstId=${world.tta.id}`)).statusCode).toBe(401);
    expect((await request(context.app, world.orientalHr, 'GET', `/api/staff?gstId=${world.tta.id}`)).statusCode).toBe(
      404,
    );
    expect((await request(context.app, world.analyst, 'GET', `/api/staff?gstId=${world.tta.id}`)).statusCode).toBe(404);
  });
});

describe('POST /api/staff', () => {
  const body = (overrides: Record<string, unknown> = {}) => ({
    gstId: world.tta.id,
    member: newMember(),
    primaryAssignment: { establishmentId: world.hospital.id, timeShare: 100, validFrom: '2020-01-01' },
    ...overrides,
  });

  it('registers a staff member with a regional staff id, a primary assignment, history and audit', async () => {
    const response = await request(context.app, world.hr, 'POST', '/api/staff', body());
    expect(response.statusCode).toBe(201);
    const detail = response.json();
    expect(detail.member.staffId).toMatch(/^TTA-S-\d{7}$/);
    expect(detail.member.version).toBe(1);
    expect(detail.assignments).toEqual([
      expect.objectContaining({ kind: 'primary', establishmentId: world.hospital.id, timeShare: 100 }),
    ]);
    expect(await countAudit(context, 'staff_member.create', detail.member.id)).toBe(1);
    const history = await request(context.app, world.hr, 'GET', `/api/staff/${detail.member.id}/history`);
    expect(history.json()).toEqual([
      expect.objectContaining({
        version: 1,
        action: 'created',
        changes: expect.objectContaining({ cadre: { from: null, to: 'midwife' } }),
      }),
    ]);
  });

  it('answers 400 for an invalid record, 401, 403 for an establishment admin and 404 in another GST', async () => {
    const invalid = await request(
      context.app,
      world.hr,
      'POST',
      '/api/staff',
      body({ member: newMember({ cadre: 'specialist' }) }),
    );
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.issues[0].path).toEqual(['member', 'specialtyCode']);
    expect((await request(context.app, null, 'POST', '/api/staff', body())).statusCode).toBe(401);
    expect((await request(context.app, world.hospitalAdmin, 'POST', '/api/staff', body())).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'POST', '/api/staff', body())).statusCode).toBe(404);
  });

  it('answers 409 for a CIN already registered and 422 in a closed establishment, writing nothing', async () => {
    const first = newMember();
    expect((await request(context.app, world.hr, 'POST', '/api/staff', body({ member: first }))).statusCode).toBe(201);
    const again = await request(
      context.app,
      world.hr,
      'POST',
      '/api/staff',
      body({ member: newMember({ cin: first.cin }) }),
    );
    expect(again.statusCode).toBe(409);
    const member = newMember();
    const closed = await request(
      context.app,
      world.hr,
      'POST',
      '/api/staff',
      body({ member, primaryAssignment: { establishmentId: world.closed.id, validFrom: '2024-01-01' } }),
    );
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.details.rule).toBe('establishment_not_open');
    const search = await request(
      context.app,
      world.hr,
      'GET',
      `/api/staff?gstId=${world.tta.id}&q=${member.familyNameLatin}`,
    );
    expect(search.json().total).toBe(0);
  });
});

describe('GET /api/staff/:id', () => {
  it('gives HR the full record and audits the read; a clinician gets the directory entry only', async () => {
    const before = await countAudit(context, 'staff_member.read', world.hospitalNurse.id);
    const full = await request(context.app, world.hr, 'GET', `/api/staff/${world.hospitalNurse.id}`);
    expect(full.json()).toMatchObject({ view: 'full', editScope: 'all', member: { id: world.hospitalNurse.id } });
    expect(await countAudit(context, 'staff_member.read', world.hospitalNurse.id)).toBe(before + 1);
    const directory = await request(context.app, world.centrePhysician, 'GET', `/api/staff/${world.hospitalNurse.id}`);
    expect(directory.json().view).toBe('directory');
    expect(directory.json().entry).not.toHaveProperty('birthDate');
    const admin = await request(context.app, world.hospitalAdmin, 'GET', `/api/staff/${world.hospitalNurse.id}`);
    expect(admin.json()).toMatchObject({ view: 'full', editScope: 'none' });
  });

  it('shows a staff member their own record, also as "my record"', async () => {
    const own = await request(context.app, world.nurse, 'GET', `/api/staff/me?gstId=${world.tta.id}`);
    expect(own.json()).toMatchObject({ view: 'full', editScope: 'contacts', member: { id: world.hospitalNurse.id } });
    expect(
      (await request(context.app, world.centrePhysician, 'GET', `/api/staff/me?gstId=${world.tta.id}`)).statusCode,
    ).toBe(404);
  });

  it('answers 400, 401 and 404 for an unknown id or a user outside the GST', async () => {
    expect((await request(context.app, world.hr, 'GET', '/api/staff/nope')).statusCode).toBe(400);
    expect((await request(context.app, null, 'GET', `/api/staff/${world.hospitalNurse.id}`)).statusCode).toBe(401);
    expect(
      (await request(context.app, world.orientalHr, 'GET', `/api/staff/${world.hospitalNurse.id}`)).statusCode,
    ).toBe(404);
    expect((await request(context.app, world.analyst, 'GET', `/api/staff/${world.hospitalNurse.id}`)).statusCode).toBe(
      404,
    );
    expect((await request(context.app, world.hr, 'GET', `/api/staff/${world.tta.id}`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/staff/:id', () => {
  it('updates at the version seen, bumps it, records the changed fields; a stale version answers 409', async () => {
    const id = world.centreDoctor.id;
    const response = await request(context.app, world.hr, 'PATCH', `/api/staff/${id}`, {
      version: 1,
      grade: 'doctor_principal',
      step: 3,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().member).toMatchObject({ version: 2, grade: 'doctor_principal', step: 3 });
    const stale = await request(context.app, world.hr, 'PATCH', `/api/staff/${id}`, { version: 1, step: 4 });
    expect(stale.statusCode).toBe(409);
    const history = (await request(context.app, world.hr, 'GET', `/api/staff/${id}/history`)).json();
    expect(history[0]).toMatchObject({
      version: 2,
      action: 'updated',
      changes: { grade: { from: null, to: 'doctor_principal' } },
    });
    expect(await countAudit(context, 'staff_member.update', id)).toBe(1);
  });

  it('lets a staff member change their phone, not their cadre', async () => {
    const id = world.hospitalNurse.id;
    const phone = await request(context.app, world.nurse, 'PATCH', `/api/staff/${id}`, {
      version: 1,
      phone: '0612345678',
    });
    expect(phone.statusCode).toBe(200);
    const cadre = await request(context.app, world.nurse, 'PATCH', `/api/staff/${id}`, {
      version: 2,
      cadre: 'midwife',
    });
    expect(cadre.statusCode).toBe(403);
  });

  it('answers 400 for an unknown field or an invalid merged record, 401, 403 and 404', async () => {
    const id = world.centreDoctor.id;
    expect(
      (await request(context.app, world.hr, 'PATCH', `/api/staff/${id}`, { version: 2, salary: 1 })).statusCode,
    ).toBe(400);
    const merged = await request(context.app, world.hr, 'PATCH', `/api/staff/${id}`, {
      version: 2,
      employedTo: '2001-01-01',
    });
    expect(merged.statusCode).toBe(400);
    expect(merged.json().error.issues[0].path).toEqual(['employedTo']);
    expect((await request(context.app, null, 'PATCH', `/api/staff/${id}`, { version: 2 })).statusCode).toBe(401);
    expect(
      (
        await request(context.app, world.hospitalAdmin, 'PATCH', `/api/staff/${world.hospitalNurse.id}`, {
          version: 2,
          step: 2,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await request(context.app, world.orientalHr, 'PATCH', `/api/staff/${id}`, { version: 2, step: 2 })).statusCode,
    ).toBe(404);
  });
});

describe('GET /api/staff/:id/history', () => {
  it('is for full viewers only: 403 for a clinician, 404 outside the GST, 401', async () => {
    const id = world.hospitalNurse.id;
    expect((await request(context.app, world.centrePhysician, 'GET', `/api/staff/${id}/history`)).statusCode).toBe(403);
    expect((await request(context.app, world.orientalHr, 'GET', `/api/staff/${id}/history`)).statusCode).toBe(404);
    expect((await request(context.app, null, 'GET', `/api/staff/${id}/history`)).statusCode).toBe(401);
  });
});
