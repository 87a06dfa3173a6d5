import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeRegionalWisn,
  diffEstablishmentStates,
  seededRandom,
  toRegionalStaffId,
  type EstablishmentState,
} from '@tansiq/domain';
import {
  diffStaffFields,
  generateTtaPrimaryCare,
  insertStaffAssignments,
  listEnteredWisnWorkload,
  nextStaffSerials,
  queryRows,
  readOsmFacilities,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  writeStaffMembers,
  type DatabaseHandle,
  type Db,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { loadWisnInputs } from '../wisn/load-wisn-inputs';
import {
  apportion,
  demoWorkforce,
  planStaffMember,
  type DemoStaffEstablishment,
  type PlannedStaffMember,
} from './seed-demo-staff-plan';
import { seedDemoWisn } from './seed-demo-wisn';
import { seedDemoWisnWorkload } from './seed-demo-wisn-workload';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');
const now = new Date('2026-12-07T10:00:00Z');
const province = '01.151'; // Chefchaouen: a CHP, a psychiatric hospital and 31 primary care centres.
const ttaPopulation = 4_030_222;

let handle: DatabaseHandle;
let db: Db;
let gstId: string;
let report: Awaited<ReturnType<typeof seedDemoWisnWorkload>>;

/** The demo's establishments of one province, written as the demo seed writes them. */
async function writeProvince(): Promise<DemoStaffEstablishment[]> {
  const communes = readTtaCommunes(referenceDataDir);
  const seeds = [
    ...withCommunes(ttaHospitals, communes),
    ...generateTtaPrimaryCare({ communes, osmFacilities: readOsmFacilities(referenceDataDir, '01') }),
  ].filter((seed) => seed.provinceCode === province && seed.status === 'active');
  const writes = seeds.map((seed) => {
    const state: EstablishmentState = { ...seed, closedOn: null, closureReason: null };
    const provenance = { isDemo: true, isGenerated: seed.isGenerated, osmId: seed.osmId };
    const changes = diffEstablishmentStates(null, state);
    return { id: randomUUID(), version: 1, state, action: 'created' as const, changes, provenance };
  });
  await db.transaction((tx) => writeEstablishments(tx, gstId, writes, null));
  return writes.map(({ id, state }) => ({
    id,
    code: state.code,
    type: state.type,
    provinceCode: state.provinceCode,
    beds: state.services.reduce((total, service) => total + service.beds, 0),
    specialties: state.services.map((service) => service.specialtyCode),
  }));
}

/** The province's share (by population) of the demo's regional workforce, spread as the staff demo spreads it. */
async function writeProvinceStaff(establishments: DemoStaffEstablishment[], population: number): Promise<void> {
  const random = seededRandom(7);
  const planned: PlannedStaffMember[] = [];
  for (const { cadre, count, weight } of demoWorkforce) {
    const counts = apportion(Math.round((count * population) / ttaPopulation), establishments.map(weight));
    establishments.forEach((establishment, index) => {
      for (let n = 0; n < (counts[index] ?? 0); n += 1) {
        planned.push(planStaffMember(cadre, establishment, planned.length, random));
      }
    });
  }
  await db.transaction(async (tx) => {
    const serials = await nextStaffSerials(tx, gstId, planned.length);
    const people = planned.map((person, index) => ({ id: randomUUID(), person, serial: serials[index] ?? index }));
    await writeStaffMembers(
      tx,
      gstId,
      people.map(({ id, person, serial }) => ({
        ...{ id, staffNumber: toRegionalStaffId('TTA', serial), version: 1, fields: person.fields },
        ...{ action: 'created' as const, changes: diffStaffFields(null, person.fields), isDemo: true },
      })),
      null,
    );
    await insertStaffAssignments(
      tx,
      gstId,
      people.map(({ id, person }) => ({
        ...{ id: randomUUID(), staffMemberId: id, establishmentId: person.establishmentId },
        ...{ specialtyCode: person.specialtyCode, kind: 'primary' as const, timeShare: 100 },
        ...{ validFrom: person.fields.employedFrom, validTo: null },
      })),
      null,
    );
  });
}

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  gstId = (await gstOf(db, '01')).id;
  const establishments = await writeProvince();
  const [row] = await queryRows(
    db,
    sql`select sum(population_2024)::int as n from communes where province_code = ${province}`,
  );
  await writeProvinceStaff(establishments, Number(row?.n));
  await seedDemoWisn(db, gstId);
  report = await seedDemoWisnWorkload(db, gstId, now);
}, 120_000);

afterAll(async () => {
  await handle.close();
});

describe('seedDemoWisnWorkload', () => {
  it('enters a figure per establishment and activity code of its standards for the previous and current year', async () => {
    expect(report.years).toEqual([2025, 2026]);
    expect(report.establishments).toBe(33);
    const stored = [
      ...(await listEnteredWisnWorkload(db, gstId, 2025)),
      ...(await listEnteredWisnWorkload(db, gstId, 2026)),
    ];
    expect(stored).toHaveLength(report.figures);
    const inputs = await loadWisnInputs(db, gstId, 2026, { today: '2026-12-07' });
    // Entered figures replace every platform count: no row lacks a figure.
    const computed = computeRegionalWisn(inputs.input);
    expect(computed.rows.flatMap((row) => row.result.missingWorkloadActivityCodes)).toEqual([]);
  });

  it('is idempotent and audited once', async () => {
    expect(await seedDemoWisnWorkload(db, gstId, now)).toEqual({ figures: 0, establishments: 0, years: [] });
    const [audit] = await queryRows(
      db,
      sql`select count(*)::int as n, max(details->>'figures') as figures from audit_events
        where action = 'wisn_workload.seed' and gst_id = ${gstId}`,
    );
    expect(Number(audit?.n)).toBe(1);
    expect(Number(audit?.figures)).toBe(report.figures);
  });

  it('gives a realistic province a ratio between 0.5 and 1.3 for every cadre, over at least three pressure bands', async () => {
    for (const year of [2025, 2026]) {
      const regional = computeRegionalWisn((await loadWisnInputs(db, gstId, year, { today: '2026-12-07' })).input);
      expect(regional.byCadre.map((total) => total.cadre).sort()).toEqual([
        'general_practitioner',
        'midwife',
        'polyvalent_nurse',
        'specialist',
      ]);
      for (const total of regional.byCadre) {
        expect({ cadre: total.cadre, inRange: (total.ratio ?? 0) >= 0.5 && (total.ratio ?? 0) <= 1.3 }).toEqual({
          cadre: total.cadre,
          inRange: true,
        });
      }
      expect(new Set(regional.byEstablishment.map((total) => total.pressure)).size).toBeGreaterThanOrEqual(3);
    }
  });
});
