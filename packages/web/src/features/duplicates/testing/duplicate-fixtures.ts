import {
  applySurvivorship,
  compareDuplicateFields,
  toDemographics,
  type DuplicatePairComparison,
  type Patient,
} from '@tansiq/domain';

export const gstId = '0b6f3c2a-1d4e-4f5a-8b7c-9d0e1f2a3b4c';
export const olderId = '1a2b3c4d-0000-4000-8000-000000000001';
export const newerId = '9f8e7d6c-0000-4000-8000-000000000002';

/** A synthetic patient of Chefchaouen, with overrides. */
export function patient(overrides: Partial<Patient>): Patient {
  return {
    id: olderId,
    gstId,
    regionalId: '1234567890',
    status: 'active',
    mergedIntoId: null,
    givenNameLatin: 'Mohamed',
    familyNameLatin: 'El Amrani',
    givenNameArabic: null,
    familyNameArabic: null,
    fatherGivenName: null,
    sex: 'male',
    birthDate: '1961',
    birthDatePrecision: 'year',
    cin: null,
    amoScheme: 'unknown',
    amoNumber: null,
    phones: [],
    communeCode: '01.151.01.01',
    communeNameFr: 'Bab Taza',
    communeNameAr: 'باب تازة',
    address: null,
    referenceEstablishmentId: null,
    referenceEstablishmentName: null,
    vitalStatus: 'alive',
    deathDate: null,
    isDemo: false,
    version: 1,
    createdAt: '2025-03-01T10:00:00.000Z',
    updatedAt: '2025-03-01T10:00:00.000Z',
    ...overrides,
  };
}

export const older = patient({});
export const newer = patient({
  id: newerId,
  regionalId: '2345678901',
  givenNameLatin: 'Mohammed',
  familyNameLatin: 'Amrani',
  givenNameArabic: 'محمد',
  familyNameArabic: 'العمراني',
  birthDate: '1961-04-02',
  birthDatePrecision: 'day',
  cin: 'LB123456',
  sex: 'female',
  phones: ['+212661234567'],
  createdAt: '2025-09-12T08:30:00.000Z',
});

/** The comparison the server would answer for `older` and `newer`, pending at version 3. */
export function comparisonOf(a: Patient, b: Patient): DuplicatePairComparison {
  const side = (record: Patient) => ({ patient: record, registrations: [], encounterCounts: [], memberIds: [] });
  const summary = (record: Patient) => ({
    id: record.id,
    regionalId: record.regionalId,
    status: record.status,
    givenNameLatin: record.givenNameLatin,
    familyNameLatin: record.familyNameLatin,
    givenNameArabic: record.givenNameArabic,
    familyNameArabic: record.familyNameArabic,
    sex: record.sex,
    birthDate: record.birthDate,
    birthDatePrecision: record.birthDatePrecision,
    communeCode: record.communeCode,
    communeNameFr: record.communeNameFr,
    communeNameAr: record.communeNameAr,
  });
  return {
    pair: {
      gstId,
      patientAId: a.id,
      patientBId: b.id,
      probability: 0.93,
      reasons: [],
      status: 'pending',
      source: 'registration',
      runId: null,
      version: 3,
      createdAt: '2025-09-12T08:31:00.000Z',
      decidedAt: null,
      decidedBy: null,
      patientA: summary(a),
      patientB: summary(b),
    },
    sideA: side(a),
    sideB: side(b),
    fields: compareDuplicateFields(toDemographics(a), toDemographics(b)),
    defaultSurvivorId: a.id,
    previews: [
      { survivorId: a.id, mergedId: b.id, ...applySurvivorship(toDemographics(a), toDemographics(b)) },
      { survivorId: b.id, mergedId: a.id, ...applySurvivorship(toDemographics(b), toDemographics(a)) },
    ],
  };
}
