// The HR bench's region: ≈ 400 establishments of TTA, ≈ 8,000 staff with their assignments (a tenth also work part
// time elsewhere), a year of activity (encounters, tele-expertise answers, entered figures) and the demo's WISN
// standards. Rows are generated inside the database (generate_series) or written with unnest arrays, in one go.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { diffEstablishmentStates, type EstablishmentState, type EstablishmentType } from '@tansiq/domain';
import { insertWisnStandard, listCommunes, writeEstablishments, type Db, type EstablishmentWrite } from '@tansiq/db';
import { demoWisnStandards } from '../packages/server/src/demo/demo-wisn-standards';

export interface HrWorldSize {
  establishments: number;
  staff: number;
  encounters: number;
  patients: number;
}

export const hrWorldSize = (quick: boolean): HrWorldSize =>
  quick
    ? { establishments: 100, staff: 2_000, encounters: 50_000, patients: 2_000 }
    : { establishments: 400, staff: 8_000, encounters: 400_000, patients: 20_000 };

/** Mostly primary care, as in a real region: 9 in 10 establishments are health centres. */
const typeOf = (index: number): EstablishmentType =>
  index % 10 === 0
    ? ((['HP', 'CHP', 'CHR', 'HS', 'CHU'] as const)[(index / 10) % 5] ?? 'CHP')
    : ((['DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2'] as const)[index % 5] ?? 'CSR-1');

async function writeRegionEstablishments(db: Db, gstId: string, count: number): Promise<void> {
  const communes = await listCommunes(db, { regionCode: '01' });
  const run = randomUUID().slice(0, 6).toUpperCase();
  const writes: EstablishmentWrite[] = Array.from({ length: count }, (_, index) => {
    const commune = communes[index % communes.length];
    const type = typeOf(index);
    const state: EstablishmentState = {
      code: `HR${run}-${index}`,
      nameFr: `Établissement banc d'essai RH ${index}`,
      nameAr: `مؤسسة اختبار ${index}`,
      type,
      level: ['DR', 'CSR-1', 'CSR-2', 'CSU-1', 'CSU-2'].includes(type)
        ? 'primary'
        : type === 'CHU'
          ? 'tertiary'
          : 'secondary',
      provinceCode: commune?.provinceCode ?? '01.151',
      communeCode: commune?.code ?? null,
      lon: commune?.lon ?? -5.26,
      lat: commune?.lat ?? 35.16,
      address: null,
      phone: null,
      status: 'active',
      openingHours: 'Mo-Fr 08:30-16:30',
      services: [{ specialtyCode: 'general_medicine', beds: 0 }],
      equipment: [],
      closedOn: null,
      closureReason: null,
    };
    return { id: randomUUID(), version: 1, state, action: 'created', changes: diffEstablishmentStates(null, state) };
  });
  await db.transaction((tx) => writeEstablishments(tx, gstId, writes, null));
}

/** Staff spread over establishments by cadre mix; one in ten gets a second, 20 % assignment elsewhere. */
// Join keys are computed against constants (the counts just written), so the joins hash instead of looping.
async function writeStaff(db: Db, gstId: string, staff: number, establishments: number): Promise<void> {
  await db.execute(sql`with places as (
      select id, row_number() over (order by code) - 1 as n
      from establishments where gst_id = ${gstId} and code like 'HR%')
    insert into staff_members (gst_id, id, staff_number, given_name_latin, family_name_latin, sex, birth_date, cadre,
      employment_status, employed_from)
    select ${gstId}::uuid, gen_random_uuid(), 'BENCH-S-' || s, 'Bench', 'Staff ' || s, case when s % 2 = 0 then 'female' else 'male' end,
      date '1980-01-01' + (s % 7000), (array['general_practitioner', 'specialist', 'polyvalent_nurse', 'polyvalent_nurse',
        'polyvalent_nurse', 'specialised_nurse', 'midwife', 'health_technician', 'administrative', 'technical'])[1 + s % 10],
      'civil_servant_transferred', date '2015-01-01'
    from generate_series(1, ${staff}) as s`);
  await db.execute(sql`with places as (
      select id, row_number() over (order by code) - 1 as n
      from establishments where gst_id = ${gstId} and code like 'HR%'),
    members as (select id, row_number() over (order by staff_number) - 1 as n from staff_members
      where gst_id = ${gstId} and staff_number like 'BENCH-S-%')
    insert into staff_assignments (gst_id, id, staff_member_id, establishment_id, kind, time_share, valid_from)
    select ${gstId}::uuid, gen_random_uuid(), m.id, p.id, 'primary', case when m.n % 10 = 0 then 80 else 100 end, date '2015-01-01'
    from members m join places p on p.n = m.n % ${establishments}
    union all
    select ${gstId}::uuid, gen_random_uuid(), m.id, p.id, 'additional', 20, date '2024-01-01'
    from members m join places p on p.n = (m.n + 7) % ${establishments} where m.n % 10 = 0`);
}

/** A year of activity: encounters spread over establishments, kinds and months; tele-expertise answers at hospitals. */
async function writeActivity(db: Db, gstId: string, size: HrWorldSize, year: number): Promise<void> {
  await db.execute(sql`insert into patients (gst_id, id, regional_id, given_name_latin, sex, amo_scheme, birth_date,
      birth_date_precision)
    select ${gstId}::uuid, gen_random_uuid(), 'BENCH-P-' || s, 'Bench', case when s % 2 = 0 then 'female' else 'male' end,
      'unknown', date '1960-01-01' + (s % 20000), 'day'
    from generate_series(1, ${size.patients}) as s`);
  await db.execute(sql`with places as (
      select id, row_number() over (order by code) - 1 as n
      from establishments where gst_id = ${gstId} and code like 'HR%'),
    people as (select id, row_number() over (order by regional_id) - 1 as n
      from patients where gst_id = ${gstId} and regional_id like 'BENCH-P-%')
    insert into encounters (gst_id, id, patient_id, establishment_id, specialty_code, kind, started_at, ended_at, icd10_code)
    select ${gstId}::uuid, gen_random_uuid(), pe.id, pl.id,
      (array['general_medicine', 'general_medicine', 'maternal_health', 'cardiology', 'general_medicine'])[1 + s % 5],
      (array['consultation', 'consultation', 'consultation', 'emergency', 'hospital_stay'])[1 + (s / 5) % 5],
      ${`${year}-01-01T08:00:00Z`}::timestamptz + ((s % 360) || ' days')::interval,
      ${`${year}-01-01T08:00:00Z`}::timestamptz + ((s % 360) || ' days')::interval + ((1 + s % 4) || ' days')::interval,
      case when s % 23 = 0 then 'O80' else null end
    from generate_series(1, ${size.encounters}) as s
    join places pl on pl.n = s % ${size.establishments}
    join people pe on pe.n = s % ${size.patients}`);
  await db.execute(sql`insert into care_acts (gst_id, id, kind, author_user_id, establishment_id, specialty_code,
      source_type, source_id, performed_at)
    select ${gstId}::uuid, gen_random_uuid(), 'teleexpertise_answer', gen_random_uuid(), e.id, 'cardiology', 'teleexpertise_request',
      gen_random_uuid(), ${`${year}-03-01T10:00:00Z`}::timestamptz + ((s % 300) || ' days')::interval
    from establishments e, generate_series(1, 40) as s
    where e.gst_id = ${gstId} and e.code like 'HR%' and e.type in ('CHP', 'CHR', 'CHU', 'HS')`);
  await db.execute(sql`insert into wisn_workload_entries (gst_id, establishment_id, year, activity_code, annual_workload)
    select ${gstId}::uuid, e.id, ${year}, activity.code, 500 + (row_number() over ()) % 2000
    from establishments e, unnest(array['child_vaccination', 'school_health_visit']) as activity(code)
    where e.gst_id = ${gstId} and e.code like 'HR%'`);
}

/** Builds the bench region in the GST and returns what was written. */
export async function buildHrWorld(db: Db, gstId: string, size: HrWorldSize, year: number): Promise<void> {
  const step = (name: string) => console.log(`bench:hr build: ${name}…`);
  step('establishments');
  await writeRegionEstablishments(db, gstId, size.establishments);
  step('staff');
  await writeStaff(db, gstId, size.staff, size.establishments);
  step('activity');
  await writeActivity(db, gstId, size, year);
  step('standards');
  for (const standard of demoWisnStandards()) {
    await insertWisnStandard(db, gstId, { id: randomUUID(), standard, createdBy: null });
  }
}
