import { randomInt, randomUUID } from 'node:crypto';
import {
  generatePopulation,
  patientBlockingKeys,
  patientDemographicsSchema,
  syntheticToPatientInput,
  toRegionalPatientId,
  type PatientDemographics,
  type SyntheticCommune,
} from '@tansiq/domain';
import { insertPatients, listCommunes, type Db } from '@tansiq/db';

/** One generated patient as stored: its id and the person it really is (the truth of the generator). */
export interface TestPopulationPatient {
  id: string;
  personId: string;
  state: PatientDemographics;
}

/** The TTA communes of the database with their RGPH 2024 populations, where the generator places people. */
async function ttaCommunes(db: Db): Promise<SyntheticCommune[]> {
  return (await listCommunes(db, { regionCode: '01' })).map((commune) => ({
    code: commune.code,
    provinceCode: commune.provinceCode,
    population2024: commune.population2024,
    type: commune.type,
  }));
}

/**
 * A synthetic population with known duplicates (the domain generator), as registration would have stored it. The
 * same patients, with the same ids, are inserted into every GST given, so runs on identical indexes can be compared.
 * Records the patient schema refuses (a generator quirk) are left out.
 */
export async function insertTestPopulation(
  db: Db,
  gstIds: readonly string[],
  options: { people: number; seed: number; duplicateRate?: number },
): Promise<TestPopulationPatient[]> {
  const records = generatePopulation({
    count: options.people,
    seed: options.seed,
    communes: await ttaCommunes(db),
    duplicateRate: options.duplicateRate ?? 0.3,
  });
  const patients = records.flatMap((record) => {
    const parsed = patientDemographicsSchema.safeParse(syntheticToPatientInput(record));
    return parsed.success ? [{ id: randomUUID(), personId: record.personId, state: parsed.data }] : [];
  });
  const keys = patientBlockingKeys(patients.map((patient) => patient.state));
  const firstSerial = randomInt(100_000_000, 900_000_000);
  const inserts = patients.map((patient, index) => ({
    id: patient.id,
    regionalId: toRegionalPatientId(firstSerial + index),
    state: patient.state,
    keys: keys[index] ?? [],
  }));
  for (const gstId of gstIds) {
    await db.transaction((tx) => insertPatients(tx, gstId, inserts, null));
  }
  return patients;
}
