import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, login, request, type TestContext, type TestSession } from '../testing/test-app';
import { buildUser, gstOf, testPassword } from '../testing/factories';

let context: TestContext;
let nationalAdmin: TestSession;
let ttaAdmin: TestSession;
let dakhla: { id: string };

beforeAll(async () => {
  context = await createTestContext();
  const db = context.handle.db;
  const tta = await gstOf(db, '01');
  dakhla = await gstOf(db, '12');
  nationalAdmin = await login(
    context.app,
    (await buildUser(db, 'national_admin', { scopeLevel: 'national' })).username,
    testPassword,
  );
  ttaAdmin = await login(
    context.app,
    (await buildUser(db, 'gst_admin', { scopeLevel: 'gst', gstId: tta.id })).username,
    testPassword,
  );
});

afterAll(async () => {
  await context.close();
});

describe('PATCH /api/gsts/:gstId', () => {
  it('lets a national admin start a GST and record its CNDP authorisation, audited with before and after', async () => {
    const response = await request(context.app, nationalAdmin, 'PATCH', `/api/gsts/${dakhla.id}`, {
      status: 'operational',
      operationalSince: '2026-03-01',
      settings: { cndpAuthorisation: 'A-GS-123/2026', dataProtectionContact: 'dpo@gst-dod.ma' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'operational',
      operationalSince: '2026-03-01',
      settings: { cndpAuthorisation: 'A-GS-123/2026' },
    });
    const audit = await request(
      context.app,
      nationalAdmin,
      'GET',
      `/api/audit-events?action=gst.update&entityId=${dakhla.id}`,
    );
    expect(audit.json().items[0].details.changes).toEqual(
      expect.arrayContaining([{ field: 'status', before: 'planned', after: 'operational' }]),
    );
  });

  it('rejects an operational GST without a date and unknown fields', async () => {
    const noDate = await request(context.app, nationalAdmin, 'PATCH', `/api/gsts/${dakhla.id}`, {
      status: 'operational',
      operationalSince: null,
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().error.issues[0].path).toEqual(['operationalSince']);
    expect(
      (await request(context.app, nationalAdmin, 'PATCH', `/api/gsts/${dakhla.id}`, { pilot: true })).statusCode,
    ).toBe(400);
  });

  it('answers 403 to a GST admin on their own GST, 404 on another, 401 without a session', async () => {
    const [own] = (await request(context.app, ttaAdmin, 'GET', '/api/gsts')).json();
    expect(
      (await request(context.app, ttaAdmin, 'PATCH', `/api/gsts/${own.id}`, { nameFr: 'GST renommé' })).statusCode,
    ).toBe(403);
    expect(
      (await request(context.app, ttaAdmin, 'PATCH', `/api/gsts/${dakhla.id}`, { nameFr: 'GST renommé' })).statusCode,
    ).toBe(404);
    expect(
      (await request(context.app, null, 'PATCH', `/api/gsts/${dakhla.id}`, { nameFr: 'GST renommé' })).statusCode,
    ).toBe(401);
  });
});
