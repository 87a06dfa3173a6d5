import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffEstablishmentStates, type EstablishmentState } from '@tansiq/domain';
import {
  findCurrentMatchModel,
  findPatientByRegionalId,
  generateTtaPrimaryCare,
  queryRows,
  readOsmFacilities,
  readTtaCommunes,
  ttaHospitals,
  withCommunes,
  writeEstablishments,
  type DatabaseHandle,
  type Db,
  type EstablishmentSeed,
} from '@tansiq/db';
import { gstOf } from '../testing/factories';
import { openTestDatabase } from '../testing/test-database';
import { findPatientCandidates } from '../patients/find-patient-candidates';
import { demoScenarioPatient, seedDemoPatients, type SeedDemoPatientsReport } from './seed-demo-patients';

const referenceDataDir = resolve(import.meta.dirname, '../../../../reference-data/morocco');
const now = new Date('2026-03-01T10:00:00Z');
const threeYears = 3 * 365.25 * 24 * 3_600_000;

let handle: DatabaseHandle;
let db: Db;
let tta: { id: string };
let report: SeedDemoPatientsReport;

/** The demo registry as seedDemo writes it (real hospitals, generated ESSP), without the demo accounts. */
async function writeDemoEstablishments(gstId: string): Promise<void> {
  const communes = readTtaCommunes(referenceDataDir);
  const seeds: EstablishmentSeed[] = [
    ...withCommunes(ttaHospitals, communes),
    ...generateTtaPrimaryCare({ communes, osmFacilities: readOsmFacilities(referenceDataDir, '01') }),
  ];
  const writes = seeds.map((seed) => {
    const closed = seed.status === 'closed';
    const state: EstablishmentState = {
      ...seed,
      closedOn: closed ? '2024-12-31' : null,
      closureReason: closed ? 'Services transférés' : null,
    };
    return {
      id: randomUUID(),
      version: 1,
      state,
      action: 'created' as const,
      changes: diffEstablishmentStates(null, state),
      provenance: { isDemo: true, isGenerated: seed.isGenerated, osmId: seed.osmId },
    };
  });
  await db.transaction((tx) => writeEstablishments(tx, gstId, writes, null));
}

const count = async (query: ReturnType<typeof sql>): Promise<number> => Number((await queryRows(db, query))[0]?.n ?? 0);

beforeAll(async () => {
  handle = await openTestDatabase();
  db = handle.db;
  tta = await gstOf(db, '01');
  await writeDemoEstablishments(tta.id);
  report = await seedDemoPatients(db, tta.id, { people: 400, now });
});

afterAll(async () => {
  await handle.close();
});

describe('seedDemoPatients', () => {
  it('writes the generated patients, duplicates included, flagged as demo data', async () => {
    expect(report.seeded).toBe(true);
    // 400 people, 20 % of them typed 2–4 times, plus the scenario patient; a few generator quirks may be refused.
    expect(report.patients).toBeGreaterThan(440);
    expect(report.skipped).toBeLessThan(10);
    expect(await count(sql`select count(*)::int as n from patients where gst_id = ${tta.id} and is_demo`)).toBe(
      report.patients,
    );
    const keys = await count(
      sql`select count(*)::int as n from patient_match_keys k
        join patients p on p.gst_id = k.gst_id and p.id = k.patient_id where p.gst_id = ${tta.id} and p.is_demo`,
    );
    expect(keys).toBeGreaterThan(report.patients * 4);
  });

  it('registers every patient, with a local number of the form <establishment code>-<n>', async () => {
    const rows = await queryRows(
      db,
      sql`select r.local_id, e.code, r.patient_id from patient_registrations r
        join patients p on p.gst_id = r.gst_id and p.id = r.patient_id
        join establishments e on e.gst_id = r.gst_id and e.id = r.establishment_id
        where r.gst_id = ${tta.id} and p.is_demo`,
    );
    expect(rows).toHaveLength(report.registrations);
    expect(new Set(rows.map((row) => row.patient_id)).size).toBe(report.patients);
    for (const row of rows) {
      expect(String(row.local_id)).toMatch(new RegExp(`^${String(row.code)}-\\d+$`));
    }
    expect(new Set(rows.map((row) => row.local_id)).size).toBe(rows.length);
  });

  it('gives a patient registered at a primary care centre that centre as reference, and only then', async () => {
    const wrongReference = await count(
      sql`select count(*)::int as n from patients p left join establishments e on e.gst_id = p.gst_id
        and e.id = p.reference_establishment_id
        where p.gst_id = ${tta.id} and p.is_demo and p.reference_establishment_id is not null
        and (e.type not in ('DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2', 'UMP') or not exists (
          select 1 from patient_registrations r where r.gst_id = p.gst_id and r.patient_id = p.id
          and r.establishment_id = p.reference_establishment_id))
        and p.regional_id <> ${demoScenarioPatient.regionalId}`,
    );
    expect(wrongReference).toBe(0);
    const withReference = await count(
      sql`select count(*)::int as n from patients where gst_id = ${tta.id} and is_demo
        and reference_establishment_id is not null`,
    );
    expect(withReference / report.patients).toBeGreaterThan(0.5);
  });

  it('gives about 40 % of the patients encounters in the last three years, across establishments', async () => {
    const withEncounters = await count(
      sql`select count(distinct patient_id)::int as n from encounters where gst_id = ${tta.id} and is_demo`,
    );
    expect(withEncounters / report.patients).toBeGreaterThan(0.3);
    expect(withEncounters / report.patients).toBeLessThan(0.5);
    expect(await count(sql`select count(*)::int as n from encounters where gst_id = ${tta.id} and is_demo`)).toBe(
      report.encounters,
    );
    const spanning = await count(
      sql`select count(*)::int as n from (select patient_id from encounters where gst_id = ${tta.id} and is_demo
        group by patient_id having count(distinct establishment_id) >= 2) spanning`,
    );
    expect(spanning).toBeGreaterThan(10);
    const [range] = await queryRows(
      db,
      sql`select min(started_at) as first, max(coalesce(ended_at, started_at)) as last from encounters
        where gst_id = ${tta.id} and is_demo`,
    );
    expect(new Date(String(range?.first)).getTime()).toBeGreaterThanOrEqual(now.getTime() - threeYears);
    expect(new Date(String(range?.last)).getTime()).toBeLessThanOrEqual(now.getTime());
    const staysOutsideHospitals = await count(
      sql`select count(*)::int as n from encounters x join establishments e on e.gst_id = x.gst_id
        and e.id = x.establishment_id where x.gst_id = ${tta.id} and x.is_demo and x.kind = 'hospital_stay'
        and e.type not in ('HP', 'CHP', 'CHR', 'CHU')`,
    );
    expect(staysOutsideHospitals).toBe(0);
    // Seen somewhere means registered there too (the establishment's own number).
    const seenButNotRegistered = await count(
      sql`select count(*)::int as n from encounters x where x.gst_id = ${tta.id} and x.is_demo and not exists (
        select 1 from patient_registrations r where r.gst_id = x.gst_id and r.patient_id = x.patient_id
        and r.establishment_id = x.establishment_id)`,
    );
    expect(seenButNotRegistered).toBe(0);
  });

  it('stores the GST match model learnt on the demo patients', async () => {
    const [model] = await queryRows(
      db,
      sql`select source, trained_on from match_models where gst_id = ${tta.id} and version = ${report.modelVersion}`,
    );
    expect(model).toEqual({ source: 'index', trained_on: report.patients });
  });

  it('creates the e2e scenario patient at the CHP of Chefchaouen and the CHU, seen once at each', async () => {
    const patient = await findPatientByRegionalId(db, tta.id, demoScenarioPatient.regionalId);
    expect(patient).toMatchObject({
      givenNameLatin: 'Fatima Zahra',
      familyNameLatin: 'El Amrani',
      givenNameArabic: 'فاطمة الزهراء',
      familyNameArabic: 'العمراني',
      sex: 'female',
      birthDate: '1987-05-14',
      communeCode: '01.151.01.01',
      isDemo: true,
    });
    const places = await queryRows(
      db,
      sql`select e.type, e.province_code,
          (select count(*)::int from encounters x where x.gst_id = r.gst_id and x.patient_id = r.patient_id
            and x.establishment_id = r.establishment_id) as encounters
        from patient_registrations r join establishments e on e.gst_id = r.gst_id and e.id = r.establishment_id
        where r.gst_id = ${tta.id} and r.patient_id = ${patient?.id ?? ''} order by e.type`,
    );
    expect(places).toEqual([
      { type: 'CHP', province_code: '01.151', encounters: 1 },
      { type: 'CHU', province_code: '01.511', encounters: 1 },
    ]);
  });

  it('finds the scenario patient when the CHR types the variant "Fatima-Zahra Amrani"', async () => {
    const model = await findCurrentMatchModel(db, tta.id);
    if (!model) {
      throw new Error('No model');
    }
    const { candidates } = await findPatientCandidates(db, tta.id, model.model, {
      givenNameLatin: 'Fatima-Zahra',
      familyNameLatin: 'Amrani',
      sex: 'female',
      birthDate: '1987-05-14',
    });
    expect(candidates[0]?.patient.regionalId).toBe(demoScenarioPatient.regionalId);
    expect(candidates[0]?.band).not.toBe('unlikely');
  });

  it('records the seeding in the audit trail without patient data', async () => {
    const [event] = await queryRows(
      db,
      sql`select details, patient_id from audit_events where gst_id = ${tta.id} and action = 'demo.seed_patients'`,
    );
    expect(event?.patient_id).toBeNull();
    expect(event?.details).toEqual({
      patients: report.patients,
      skipped: report.skipped,
      registrations: report.registrations,
      encounters: report.encounters,
      modelVersion: report.modelVersion,
    });
  });

  it('does nothing the second time', async () => {
    const again = await seedDemoPatients(db, tta.id, { people: 400, now });
    expect(again.seeded).toBe(false);
    expect(await count(sql`select count(*)::int as n from patients where gst_id = ${tta.id} and is_demo`)).toBe(
      report.patients,
    );
  });
});
