import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import {
  generatePopulationBatches,
  patientBlockingKeys,
  patientDemographicsSchema,
  randomRegionalSerial,
  seededRandom,
  toRegionalPatientId,
  toStoredBirthDate,
  trainPatientMatchModel,
  type PatientDemographics,
  syntheticToPatientInput,
  type SyntheticRecord,
} from '@tansiq/domain';
import {
  findGstById,
  insertAuditEvent,
  insertMatchModel,
  insertPatients,
  listCommunes,
  queryRows,
  type Db,
  type PatientInsert,
} from '@tansiq/db';
import { systemRequestId } from '../audit/system-request-id';
import { planDemoEncounters, type DemoEncounterPlan } from './seed-demo-patients-encounters';
import { isPrimaryCare, loadDemoPlaces, type DemoPlaces } from './seed-demo-patients-places';
import {
  insertDemoEncounters,
  insertDemoRegistrations,
  type DemoEncounter,
  type DemoRegistration,
} from './seed-demo-patients-writes';

/**
 * The fixed end-to-end scenario inside the demo (issue #3, E2E): Fatima Zahra El Amrani, registered at the CHP of
 * Chefchaouen and at the CHU, seen once at each (an emergency visit at the CHP, transferred; a stay at the CHU). The
 * browser journey registers her at the CHR (secretaire.chr) under the variant "Fatima-Zahra Amrani", picks her among
 * the candidates, and finds a timeline spanning two establishments.
 */
export const demoScenarioPatient = {
  regionalId: toRegionalPatientId(870_514_001),
  state: patientDemographicsSchema.parse({
    givenNameLatin: 'Fatima Zahra',
    familyNameLatin: 'El Amrani',
    givenNameArabic: 'فاطمة الزهراء',
    familyNameArabic: 'العمراني',
    fatherGivenName: 'Abdeslam',
    sex: 'female',
    birthDate: '1987-05-14',
    cin: 'LC214587',
    amoScheme: 'cnss',
    amoNumber: '187051403',
    phones: ['0661478230'],
    communeCode: '01.151.01.01',
    address: 'Quartier Souika, Chefchaouen',
  }),
} as const;

export interface SeedDemoPatientsOptions {
  /** Distinct people to generate; the generator's duplicates come on top (40,000 people ≈ 50,600 patients). */
  people?: number;
  seed?: number;
  /** Patients the GST's match model is learnt on (a prefix of the shuffled population). */
  trainingLimit?: number;
  /** "Today" for the encounter dates (the last three years before it). */
  now?: Date;
}

export interface SeedDemoPatientsReport {
  seeded: boolean;
  patients: number;
  /** Generated records the patient schema refused (a generator quirk), left out. */
  skipped: number;
  registrations: number;
  encounters: number;
  modelVersion: number | null;
  milliseconds: number;
}

/** A generated record as the registration desk would have typed it; `undefined` when the schema refuses it. */
export function syntheticRecordToDemographics(record: SyntheticRecord): PatientDemographics | undefined {
  const parsed = patientDemographicsSchema.safeParse(syntheticToPatientInput(record));
  return parsed.success ? parsed.data : undefined;
}

const year = 365.25 * 24 * 3_600_000;

/** A patient with where they belong, their registrations and their encounters, ready to write. */
interface DemoPatient {
  insert: PatientInsert;
  registrations: Omit<DemoRegistration, 'localId' | 'patientId'>[];
  encounters: DemoEncounterPlan[];
}

/** Plans one generated patient: the centre they belong to, and for about 40 % of them 1–4 encounters. */
function planPatient(
  state: PatientDemographics,
  places: DemoPlaces,
  random: () => number,
  now: number,
): Omit<DemoPatient, 'insert'> & { state: PatientDemographics } {
  const communePlaces = state.communeCode === null ? undefined : places.byCommune.get(state.communeCode);
  const homes = communePlaces?.homes ?? places.all;
  const home = homes[Math.floor(random() * homes.length)] ?? places.all[0];
  if (!home) {
    throw new Error('No demo establishment');
  }
  const born = state.birthDate === null ? 0 : Date.parse(toStoredBirthDate(state.birthDate).date);
  const from = Math.max(now - 3 * year, born + 24 * 3_600_000);
  const registeredAt = from + random() * ((now - from) / 2);
  const encounters =
    random() < 0.4
      ? planDemoEncounters(
          { birthYear: Number(state.birthDate?.slice(0, 4) ?? 1980), sex: state.sex },
          {
            home: { id: home.id, isHospital: !isPrimaryCare(home) },
            provincial: communePlaces?.provincial,
            university: places.university,
          },
          { from: registeredAt, to: now },
          random,
        )
      : [];
  const registrations = [{ establishmentId: home.id, registeredAt }];
  for (const encounter of encounters) {
    // Being seen at a hospital opens a file there too, with the hospital's own number.
    if (!registrations.some((registration) => registration.establishmentId === encounter.establishmentId)) {
      registrations.push({ establishmentId: encounter.establishmentId, registeredAt: encounter.startedAt });
    }
  }
  const reference = isPrimaryCare(home) ? home.id : null;
  return { state: { ...state, referenceEstablishmentId: reference }, registrations, encounters };
}

/** The scenario patient, when the GST has a CHP in Chefchaouen and a CHU (the real TTA demo registry does). */
function planScenario(places: DemoPlaces, now: number): DemoPatient | undefined {
  const chp = places.all.find((place) => place.type === 'CHP' && place.provinceCode === '01.151');
  const chu = places.university;
  if (!chp || !chu) {
    return undefined;
  }
  const day = 24 * 3_600_000;
  const seenAt = now - 95 * day;
  const state = demoScenarioPatient.state;
  const [keys = []] = patientBlockingKeys([state]);
  const essp = places.byCommune.get(state.communeCode ?? '')?.homes.find(isPrimaryCare);
  return {
    insert: {
      id: randomUUID(),
      regionalId: demoScenarioPatient.regionalId,
      state: { ...state, referenceEstablishmentId: essp?.id ?? null },
      keys,
      isDemo: true,
    },
    registrations: [
      { establishmentId: chp.id, registeredAt: seenAt },
      { establishmentId: chu.id, registeredAt: seenAt + 5 * 3_600_000 },
    ],
    encounters: [
      {
        establishmentId: chp.id,
        kind: 'emergency',
        specialtyCode: 'emergency',
        startedAt: seenAt,
        endedAt: seenAt + 4 * 3_600_000,
        practitionerName: 'Dr Nora Chraibi',
        reason: 'Douleur abdominale',
        icd10Code: 'R10.4',
        outcome: 'transferred',
      },
      {
        establishmentId: chu.id,
        kind: 'hospital_stay',
        specialtyCode: 'general_surgery',
        startedAt: seenAt + 5 * 3_600_000,
        endedAt: seenAt + 4 * day,
        practitionerName: 'Pr Driss Benjelloun',
        reason: 'Cholécystite aiguë',
        icd10Code: 'K81.0',
        outcome: 'home',
      },
    ],
  };
}

/** Generates the population and plans every patient (ids, regional ids, keys, registrations, encounters). */
async function planDemoPatients(
  db: Db,
  gstId: string,
  places: DemoPlaces,
  communes: Awaited<ReturnType<typeof listCommunes>>,
  options: Required<Omit<SeedDemoPatientsOptions, 'trainingLimit'>>,
): Promise<{ patients: DemoPatient[]; skipped: number }> {
  const random = seededRandom(options.seed + 1);
  const taken = new Set(
    (await queryRows(db, sql`select regional_id from patients where gst_id = ${gstId}`)).map((row) =>
      String(row.regional_id),
    ),
  );
  taken.add(demoScenarioPatient.regionalId);
  const now = options.now.getTime();
  const patients: DemoPatient[] = [];
  let skipped = 0;
  for (const batch of generatePopulationBatches({
    count: options.people,
    seed: options.seed,
    communes: communes.map((commune) => ({ ...commune, name: commune.nameFr })),
  })) {
    const planned = batch.records.flatMap((record) => {
      const state = syntheticRecordToDemographics(record);
      skipped += state === undefined ? 1 : 0;
      return state === undefined ? [] : [planPatient(state, places, random, now)];
    });
    const keys = patientBlockingKeys(planned.map((plan) => plan.state));
    planned.forEach((plan, index) => {
      let regionalId = toRegionalPatientId(randomRegionalSerial(random));
      while (taken.has(regionalId)) {
        regionalId = toRegionalPatientId(randomRegionalSerial(random));
      }
      taken.add(regionalId);
      patients.push({
        insert: { id: randomUUID(), regionalId, state: plan.state, keys: keys[index] ?? [], isDemo: true },
        registrations: plan.registrations,
        encounters: plan.encounters,
      });
    });
  }
  const scenario = planScenario(places, now);
  return { patients: scenario ? [scenario, ...patients] : patients, skipped };
}

/** Flattens the plans into rows; local numbers (IPP) follow each establishment's own sequence: `<code>-<n>`. */
function toRows(
  patients: readonly DemoPatient[],
  places: DemoPlaces,
): { registrations: DemoRegistration[]; encounters: DemoEncounter[] } {
  const codes = new Map(places.all.map((place) => [place.id, place.code]));
  const sequences = new Map<string, number>();
  const registrations: DemoRegistration[] = [];
  const encounters: DemoEncounter[] = [];
  for (const patient of patients) {
    const patientId = patient.insert.id;
    for (const registration of patient.registrations) {
      const next = (sequences.get(registration.establishmentId) ?? 0) + 1;
      sequences.set(registration.establishmentId, next);
      const localId = `${codes.get(registration.establishmentId) ?? 'DEMO'}-${next}`;
      registrations.push({ ...registration, patientId, localId });
    }
    encounters.push(...patient.encounters.map((encounter) => ({ ...encounter, patientId })));
  }
  return { registrations, encounters };
}

/**
 * Seeds the TTA demo patients: about 50,000 patients from the synthetic generator (deterministic seed, communes by
 * RGPH 2024 population), duplicates left in for the review queue and batch deduplication, flagged `is_demo`; each
 * registered at their commune's ESSP (or the nearest hospital), 40 % with encounters across establishments; the
 * scenario patient (`demoScenarioPatient`); the GST's match model learnt on them. Runs once: does nothing when the
 * GST already has demo patients. Needs the demo establishments.
 */
export async function seedDemoPatients(
  db: Db,
  gstId: string,
  options: SeedDemoPatientsOptions = {},
): Promise<SeedDemoPatientsReport> {
  const started = performance.now();
  const gst = await findGstById(db, gstId);
  if (!gst) {
    throw new Error('Unknown GST');
  }
  const [existing] = await queryRows(db, sql`select 1 from patients where gst_id = ${gstId} and is_demo limit 1`);
  if (existing) {
    return {
      seeded: false,
      patients: 0,
      skipped: 0,
      registrations: 0,
      encounters: 0,
      modelVersion: null,
      milliseconds: 0,
    };
  }
  const communes = (await listCommunes(db, { regionCode: gst.regionCode })).filter(
    (commune) => commune.population2024 > 0,
  );
  const places = await loadDemoPlaces(db, gstId, communes);
  const { patients, skipped } = await planDemoPatients(db, gstId, places, communes, {
    people: options.people ?? 40_000,
    seed: options.seed ?? 20_260_301,
    now: options.now ?? new Date(),
  });
  const trainingSet = patients.slice(0, options.trainingLimit ?? 20_000).map((patient) => patient.insert.state);
  const model = trainPatientMatchModel(trainingSet);
  const { registrations, encounters } = toRows(patients, places);
  const report = await db.transaction(async (tx) => {
    await insertPatients(
      tx,
      gstId,
      patients.map((patient) => patient.insert),
      null,
    );
    const counts = {
      patients: patients.length,
      skipped,
      registrations: await insertDemoRegistrations(tx, gstId, registrations),
      encounters: await insertDemoEncounters(tx, gstId, encounters),
      modelVersion: await insertMatchModel(tx, gstId, { model, source: 'index', trainedOn: trainingSet.length }),
    };
    await insertAuditEvent(tx, {
      actorUserId: null,
      actorRole: null,
      actorEstablishmentId: null,
      gstId,
      action: 'demo.seed_patients',
      entityType: 'gst',
      entityId: gstId,
      patientId: null,
      purpose: 'demonstration',
      outcome: 'success',
      requestId: systemRequestId(),
      ip: null,
      details: counts,
    });
    return counts;
  });
  // PGlite has no autovacuum: without fresh statistics the planner keeps its empty-table estimates for the lookups.
  await db.execute(sql`analyze patients, patient_match_keys, patient_registrations, encounters`);
  return { seeded: true, ...report, milliseconds: Math.round(performance.now() - started) };
}
