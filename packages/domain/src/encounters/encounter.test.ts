import { describe, expect, it } from 'vitest';
import { createEncounterInputSchema, icd10CodeSchema, redactEncounter, type Encounter } from './encounter';

const establishmentId = '6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f';
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();

const validInput = (overrides: Record<string, unknown> = {}) => ({
  establishmentId,
  kind: 'consultation',
  startedAt: hoursAgo(2),
  practitionerName: 'Dr Amina Alaoui',
  reason: 'Toux persistante',
  ...overrides,
});

const issuePaths = (input: unknown): string[] => {
  const result = createEncounterInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('icd10CodeSchema', () => {
  it.each([
    ['J45', 'J45'],
    ['J45.9', 'J45.9'],
    ['j45.9', 'J45.9'],
    [' S72.00 ', 'S72.00'],
    ['J459', 'J45.9'],
  ])('accepts %j as %j', (typed, stored) => {
    expect(icd10CodeSchema.parse(typed)).toBe(stored);
  });

  it.each(['J4', '45.9', 'J45.', 'J45.123', 'JJ45', 'asthme'])('rejects %j', (typed) => {
    expect(icd10CodeSchema.safeParse(typed).success).toBe(false);
  });
});

describe('createEncounterInputSchema', () => {
  it('fills the optional fields with null', () => {
    expect(createEncounterInputSchema.parse(validInput())).toMatchObject({
      specialtyCode: null,
      endedAt: null,
      icd10Code: null,
      outcome: null,
    });
  });

  it('reads an empty ICD-10 field as no code', () => {
    expect(createEncounterInputSchema.parse(validInput({ icd10Code: '' })).icd10Code).toBeNull();
  });

  it.each([
    ['an end before the start', { startedAt: hoursAgo(2), endedAt: hoursAgo(3) }, ['endedAt']],
    ['a start in the future', { startedAt: hoursAgo(-2) }, ['startedAt']],
    ['an end in the future', { startedAt: hoursAgo(2), endedAt: hoursAgo(-1) }, ['endedAt']],
    ['an unknown specialty', { specialtyCode: 'astrology' }, ['specialtyCode']],
    ['an unknown outcome', { outcome: 'cured' }, ['outcome']],
    ['a malformed ICD-10 code', { icd10Code: 'asthma' }, ['icd10Code']],
    ['a missing reason', { reason: ' ' }, ['reason']],
    ['a date without a time zone', { startedAt: '2025-03-01T10:00:00' }, ['startedAt']],
    ['an unknown field', { diagnosisText: 'x' }, ['']],
  ])('rejects %s', (_case, overrides, paths) => {
    expect(issuePaths(validInput(overrides))).toEqual(paths);
  });

  it('accepts a stay that ended, with its outcome and code', () => {
    const input = createEncounterInputSchema.parse(
      validInput({
        kind: 'hospital_stay',
        specialtyCode: 'pneumology',
        startedAt: hoursAgo(72),
        endedAt: hoursAgo(1),
        icd10Code: 'j45.9',
        outcome: 'home',
      }),
    );
    expect(input).toMatchObject({ kind: 'hospital_stay', icd10Code: 'J45.9', outcome: 'home' });
  });
});

describe('redactEncounter', () => {
  const encounter: Encounter = {
    id: '0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70',
    patientId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    fromPatientId: null,
    establishment: { id: establishmentId, code: 'T-1', nameFr: 'CSR', nameAr: null, type: 'CSR-2' },
    referral: null,
    specialtyCode: 'pneumology',
    kind: 'consultation',
    startedAt: hoursAgo(2),
    endedAt: null,
    practitionerName: 'Dr Amina Alaoui',
    reason: 'Toux',
    icd10Code: 'J45',
    outcome: 'home',
    redacted: false,
    recordedAt: hoursAgo(1),
  };

  it('keeps clinical detail for clinicians', () => {
    expect(redactEncounter(encounter, true)).toEqual(encounter);
  });

  it('masks reason, code and outcome for others, keeping where, when and who', () => {
    expect(redactEncounter(encounter, false)).toEqual({
      ...encounter,
      reason: null,
      icd10Code: null,
      outcome: null,
      redacted: true,
    });
  });
});
