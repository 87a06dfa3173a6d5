import { randomInt, randomUUID } from 'node:crypto';
import {
  patientBlockingKeys,
  patientDemographicsSchema,
  toRegionalPatientId,
  type PatientDemographics,
} from '@tansiq/domain';
import { insertPatientRegistration, insertPatients, type Db } from '@tansiq/db';
import { unique } from './factories';

/** A valid patient (a woman of Chefchaouen born in 1984), with overrides; names are unique per call. */
export function patientState(overrides: Partial<PatientDemographics> = {}): PatientDemographics {
  return patientDemographicsSchema.parse({
    givenNameLatin: 'Khadija',
    familyNameLatin: `Test${unique().replace(/\d/g, '').toLowerCase() || 'x'}`,
    sex: 'female',
    birthDate: '1984-03-12',
    amoScheme: 'cnss',
    communeCode: '01.151.01.01',
    ...overrides,
  });
}

/**
 * Inserts a patient (first version, blocking keys) and, when `establishmentId` is given, registers it there with a
 * local number. Returns its ids.
 */
export async function buildPatient(
  db: Db,
  gstId: string,
  options: { overrides?: Partial<PatientDemographics>; establishmentId?: string; localId?: string | null } = {},
): Promise<{ id: string; regionalId: string; state: PatientDemographics }> {
  const state = patientState(options.overrides);
  const id = randomUUID();
  const regionalId = toRegionalPatientId(randomInt(100_000_000, 999_999_999));
  const [keys = []] = patientBlockingKeys([state]);
  await db.transaction(async (tx) => {
    await insertPatients(tx, gstId, [{ id, regionalId, state, keys }], null);
    if (options.establishmentId) {
      await insertPatientRegistration(
        tx,
        gstId,
        {
          id: randomUUID(),
          patientId: id,
          establishmentId: options.establishmentId,
          localId: options.localId === undefined ? `IPP-${unique()}` : options.localId,
        },
        null,
      );
    }
  });
  return { id, regionalId, state };
}
