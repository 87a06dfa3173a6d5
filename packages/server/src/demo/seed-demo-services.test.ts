import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEstablishmentStates, type EstablishmentState } from '@tansiq/domain';
import {
  listFreeSlots,
  listGstHolidays,
  queryRows,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  type DatabaseHandle,
  type Db,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { seedDemoServices } from './seed-demo-services';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');
const now = new Date('2026-12-07T10:00:00Z');
const codePrefix = 'SVC-';

let handle: DatabaseHandle;
let db: Db;
let tta: { id: string };
let report: Awaited<ReturnType<typeof seedDemoServices>>;

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  tta = await gstOf(db, '01');
  // Codes of their own: on the PostgreSQL server every test file shares one database (the patient seed test writes
  // the demo hospitals too), so assertions stay on these hospitals.
  const writes = withCommunes(ttaHospitals, readTtaCommunes(referenceDataDir)).map((seed) => {
    const closed = seed.status === 'closed';
    const state: EstablishmentState = {
      ...seed,
      code: `${codePrefix}${seed.code}`,
      closedOn: closed ? '2024-12-31' : null,
      closureReason: closed ? 'Services transférés' : null,
    };
    return {
      id: randomUUID(),
      version: 1,
      state,
      action: 'created' as const,
      changes: diffEstablishmentStates(null, state),
      provenance: { isDemo: true, isGenerated: false, osmId: seed.osmId },
    };
  });
  await db.transaction((tx) => writeEstablishments(tx, tta.id, writes, null));
  report = await seedDemoServices(db, tta.id, now);
});

afterAll(async () => {
  await handle.close();
});

describe('seedDemoServices', () => {
  it('gives every consulting service of the demo hospitals an entry and 2 to 5 weekly sessions of 8 to 20 slots', async () => {
    expect(report.seeded).toBe(true);
    expect(report.services).toBeGreaterThan(50);
    const perService = await queryRows(
      db,
      sql`select count(*)::int as sessions, min(slot_count) as min_slots, max(slot_count) as max_slots
        from consultation_schedules s join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
        where s.gst_id = ${tta.id} and e.code like ${`${codePrefix}%`}
        group by s.establishment_id, s.specialty_code`,
    );
    expect(perService.length).toBeGreaterThan(50);
    for (const row of perService) {
      expect(Number(row.sessions)).toBeGreaterThanOrEqual(2);
      expect(Number(row.sessions)).toBeLessThanOrEqual(5);
      expect(Number(row.min_slots)).toBeGreaterThanOrEqual(8);
      expect(Number(row.max_slots)).toBeLessThanOrEqual(20);
    }
    const [direct] = await queryRows(
      db,
      sql`select count(*) filter (where direct_booking)::int as direct, count(*)::int as total
        from service_directory_entries d join establishments e on e.gst_id = d.gst_id and e.id = d.establishment_id
        where d.gst_id = ${tta.id} and e.code like ${`${codePrefix}%`}`,
    );
    expect(Number(direct?.direct)).toBeGreaterThan(0);
    expect(Number(direct?.total)).toBe(perService.length);
  });

  it('sets beds updated in the last day, and the public holidays of 2026 and 2027', async () => {
    const [beds] = await queryRows(
      db,
      sql`select count(*)::int as n, min(b.updated_at) as oldest from bed_availability b
        join establishments e on e.gst_id = b.gst_id and e.id = b.establishment_id
        where b.gst_id = ${tta.id} and e.code like ${`${codePrefix}%`}`,
    );
    expect(Number(beds?.n)).toBeGreaterThan(20);
    expect(now.getTime() - new Date(beds?.oldest as Date).getTime()).toBeLessThan(24 * 3_600_000);
    const holidays = await listGstHolidays(db, tta.id);
    expect(holidays.filter((holiday) => holiday.day < '2028-01-01')).toHaveLength(34);
  });

  it('leaves free slots to book, and runs only once', async () => {
    const [service] = await queryRows(
      db,
      sql`select s.establishment_id, s.specialty_code from consultation_schedules s
        join establishments e on e.gst_id = s.gst_id and e.id = s.establishment_id
        where s.gst_id = ${tta.id} and e.code like ${`${codePrefix}%`} limit 1`,
    );
    const slots = await listFreeSlots(db, tta.id, {
      establishmentId: String(service?.establishment_id),
      specialtyCode: String(service?.specialty_code),
      from: now,
      to: new Date(now.getTime() + 14 * 86_400_000),
      limit: 5,
    });
    expect(slots).toHaveLength(5);
    expect(await seedDemoServices(db, tta.id, now)).toEqual({ seeded: false, services: 0, schedules: 0 });
  });
});
