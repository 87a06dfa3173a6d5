import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DatabaseHandle } from '@tansiq/db';
import { sql } from 'drizzle-orm';
import { buildEstablishment, buildUser, gstOf } from '../testing/factories';
import { buildPatient } from '../testing/patient-factories';
import { openTestDatabase } from '../testing/test-database';
import { seedDemoTeleexpertise } from './seed-demo-teleexpertise';

const now = new Date('2026-12-07T10:00:00Z');
let handle: DatabaseHandle;
let gstId: string;
let users: { asker: string; answerer: string };

beforeAll(async () => {
  handle = await openTestDatabase();
  const db = handle.db;
  gstId = (await gstOf(db, '08')).id;
  const place = { provinceCode: '08.401', lon: -6.9, lat: 30.92 };
  const origin = await buildEstablishment(db, gstId, place);
  const chu = await buildEstablishment(db, gstId, {
    ...place,
    type: 'CHU',
    level: 'tertiary',
    services: [
      { specialtyCode: 'cardiology', beds: 10 },
      { specialtyCode: 'emergency', beds: 5 },
    ],
    equipment: [],
  });
  for (let index = 0; index < 5; index += 1) {
    await buildPatient(db, gstId, { establishmentId: origin.id });
  }
  const asker = await buildUser(db, 'nurse', { scopeLevel: 'establishment', gstId, establishmentId: origin.id });
  const answerer = await buildUser(db, 'physician', { scopeLevel: 'establishment', gstId, establishmentId: chu.id });
  users = { asker: asker.username, answerer: answerer.username };
}, 60_000);

afterAll(async () => {
  await handle.close();
});

describe('seedDemoTeleexpertise', () => {
  it('seeds 40 requests of the last months, answered by each kind with their care acts, once', async () => {
    expect(await seedDemoTeleexpertise(handle.db, gstId, now, users)).toBe(40);
    const rows = await queryRows(
      handle.db,
      sql`select status, answer_kind, specialty_code, count(*)::int as n,
          min(created_at) as first, max(created_at) as last
        from teleexpertise_requests where gst_id = ${gstId} and is_demo group by status, answer_kind, specialty_code`,
    );
    const count = (filter: (row: Record<string, unknown>) => boolean) =>
      rows.filter(filter).reduce((total, row) => total + Number(row.n), 0);
    expect(count(() => true)).toBe(40);
    expect(count((row) => row.status === 'open')).toBe(4);
    for (const kind of ['advice', 'referral', 'teleconsultation']) {
      expect(count((row) => row.answer_kind === kind)).toBeGreaterThan(0);
    }
    expect(rows.every((row) => row.specialty_code === 'cardiology')).toBe(true);
    const [acts] = await queryRows(
      handle.db,
      sql`select count(*)::int as n from care_acts where gst_id = ${gstId} and kind = 'teleexpertise_answer'`,
    );
    expect(Number(acts?.n)).toBe(count((row) => row.status === 'answered'));
    expect(await seedDemoTeleexpertise(handle.db, gstId, now, users)).toBe(0);
  });
});
