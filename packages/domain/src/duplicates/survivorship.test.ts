import { describe, expect, it } from 'vitest';
import type { PatientDemographics } from '../patients/patient';
import { applySurvivorship, orderPair, pickSurvivor, revertSurvivorship } from './survivorship';

const base: PatientDemographics = {
  givenNameLatin: 'Fatima Zahra',
  familyNameLatin: 'El Idrissi',
  givenNameArabic: null,
  familyNameArabic: null,
  fatherGivenName: null,
  sex: 'female',
  birthDate: '1984',
  cin: null,
  amoScheme: 'unknown',
  amoNumber: null,
  phones: ['+212612345678'],
  communeCode: '01.151.01.01',
  address: null,
  referenceEstablishmentId: null,
  vitalStatus: 'alive',
  deathDate: null,
};

const state = (overrides: Partial<PatientDemographics>): PatientDemographics => ({ ...base, ...overrides });

describe('applySurvivorship', () => {
  it.each<{
    rule: string;
    survivor: Partial<PatientDemographics>;
    merged: Partial<PatientDemographics>;
    expected: Partial<PatientDemographics>;
  }>([
    {
      rule: 'a field empty on the survivor takes the merged value',
      survivor: { fatherGivenName: null, address: null },
      merged: { fatherGivenName: 'Ahmed', address: 'Douar Tizi' },
      expected: { fatherGivenName: 'Ahmed', address: 'Douar Tizi' },
    },
    {
      rule: 'a value present on both sides stays the survivor’s',
      survivor: { familyNameLatin: 'El Idrissi', communeCode: '01.151.01.01' },
      merged: { familyNameLatin: 'Elidrissi', communeCode: '01.151.01.03' },
      expected: { familyNameLatin: 'El Idrissi', communeCode: '01.151.01.01' },
    },
    {
      rule: 'names in a script missing on the survivor are taken',
      survivor: { givenNameArabic: null, familyNameArabic: null },
      merged: { givenNameArabic: 'فاطمة الزهراء', familyNameArabic: 'الإدريسي' },
      expected: { givenNameArabic: 'فاطمة الزهراء', familyNameArabic: 'الإدريسي', givenNameLatin: 'Fatima Zahra' },
    },
    {
      rule: 'Latin names are taken when the survivor only has Arabic ones',
      survivor: { givenNameLatin: null, familyNameLatin: null, givenNameArabic: 'فاطمة', familyNameArabic: 'الإدريسي' },
      merged: { givenNameLatin: 'Fatima', familyNameLatin: 'Idrissi' },
      expected: { givenNameLatin: 'Fatima', familyNameLatin: 'Idrissi', givenNameArabic: 'فاطمة' },
    },
    {
      rule: 'a day-precise birth date beats a year-only one',
      survivor: { birthDate: '1984' },
      merged: { birthDate: '1984-03-12' },
      expected: { birthDate: '1984-03-12' },
    },
    {
      rule: 'a month-precise birth date beats a year-only one',
      survivor: { birthDate: '1984' },
      merged: { birthDate: '1984-03' },
      expected: { birthDate: '1984-03' },
    },
    {
      rule: 'the survivor’s birth date stays at equal precision',
      survivor: { birthDate: '1984-03-12' },
      merged: { birthDate: '1984-12-03' },
      expected: { birthDate: '1984-03-12' },
    },
    {
      rule: 'a less precise birth date never replaces a precise one',
      survivor: { birthDate: '1984-03-12' },
      merged: { birthDate: '1984' },
      expected: { birthDate: '1984-03-12' },
    },
    {
      rule: 'a missing birth date is filled',
      survivor: { birthDate: null },
      merged: { birthDate: '1984-03' },
      expected: { birthDate: '1984-03' },
    },
    {
      rule: 'a CIN present on the merged record only is kept',
      survivor: { cin: null },
      merged: { cin: 'AB123456' },
      expected: { cin: 'AB123456' },
    },
    {
      rule: 'the survivor’s CIN stays when both have one',
      survivor: { cin: 'AB123456' },
      merged: { cin: 'AB123465' },
      expected: { cin: 'AB123456' },
    },
    {
      rule: 'an AMO number present on one side only is kept with its scheme',
      survivor: { amoScheme: 'none', amoNumber: null },
      merged: { amoScheme: 'cnops', amoNumber: '123456789' },
      expected: { amoScheme: 'cnops', amoNumber: '123456789' },
    },
    {
      rule: 'the survivor’s AMO number and scheme stay together',
      survivor: { amoScheme: 'cnss', amoNumber: '111111111' },
      merged: { amoScheme: 'cnops', amoNumber: '222222222' },
      expected: { amoScheme: 'cnss', amoNumber: '111111111' },
    },
    {
      rule: 'an unknown AMO scheme takes a known one',
      survivor: { amoScheme: 'unknown', amoNumber: null },
      merged: { amoScheme: 'none', amoNumber: null },
      expected: { amoScheme: 'none' },
    },
    {
      rule: 'phones are united, the survivor’s first, at most 3',
      survivor: { phones: ['+212612345678', '+212661000000'] },
      merged: { phones: ['+212661000000', '+212700000001', '+212700000002'] },
      expected: { phones: ['+212612345678', '+212661000000', '+212700000001'] },
    },
    {
      rule: 'an unknown sex takes a known one',
      survivor: { sex: 'unknown' },
      merged: { sex: 'female' },
      expected: { sex: 'female' },
    },
    {
      rule: 'deceased wins with its death date',
      survivor: { vitalStatus: 'alive', deathDate: null },
      merged: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
      expected: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
    },
    {
      rule: 'a deceased survivor stays deceased',
      survivor: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
      merged: { vitalStatus: 'alive', deathDate: null },
      expected: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
    },
    {
      rule: 'a deceased survivor without a date takes the merged death date',
      survivor: { vitalStatus: 'deceased', deathDate: null },
      merged: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
      expected: { vitalStatus: 'deceased', deathDate: '2024-05-02' },
    },
  ])('$rule', ({ survivor, merged, expected }) => {
    expect(applySurvivorship(state(survivor), state(merged)).state).toMatchObject(expected);
  });

  it('lists exactly the survivor’s changed fields, with before and after', () => {
    const result = applySurvivorship(
      state({ cin: null, birthDate: '1984' }),
      state({ cin: 'AB123456', birthDate: '1984-03-12', familyNameLatin: 'Idrissi' }),
    );
    expect(result.changes).toEqual([
      { field: 'birthDate', before: '1984', after: '1984-03-12' },
      { field: 'cin', before: null, after: 'AB123456' },
    ]);
  });

  it('changes nothing when the merged record adds nothing', () => {
    expect(applySurvivorship(base, state({ familyNameLatin: 'Elidrissi' }))).toEqual({ state: base, changes: [] });
  });
});

describe('revertSurvivorship', () => {
  const merged = state({ cin: 'AB123456', birthDate: '1984-03-12', phones: ['+212661000000'] });

  it('gives back every field the merge changed when nothing was edited since', () => {
    const { state: golden, changes } = applySurvivorship(base, merged);
    expect(revertSurvivorship(golden, changes).state).toEqual(base);
  });

  it('keeps the fields edited after the merge and gives back the others', () => {
    const { state: golden, changes } = applySurvivorship(base, merged);
    const edited = { ...golden, cin: 'CD654321', phones: ['+212700000009'] };
    const reverted = revertSurvivorship(edited, changes);
    expect(reverted.state).toEqual({ ...base, cin: 'CD654321', phones: ['+212700000009'] });
    expect(reverted.changes).toEqual([{ field: 'birthDate', before: '1984-03-12', after: '1984' }]);
  });

  it('gives back linked fields together, or not at all', () => {
    const survivor = state({ amoScheme: 'unknown', amoNumber: null });
    const { state: golden, changes } = applySurvivorship(
      survivor,
      state({ amoScheme: 'cnss', amoNumber: '123456789' }),
    );
    expect(revertSurvivorship(golden, changes).state).toMatchObject({ amoScheme: 'unknown', amoNumber: null });
    const renumbered = { ...golden, amoNumber: '987654321' };
    expect(revertSurvivorship(renumbered, changes).state).toMatchObject({ amoScheme: 'cnss', amoNumber: '987654321' });
  });
});

describe('orderPair and pickSurvivor', () => {
  const low = '0a3c1d7e-0000-4000-8000-000000000001';
  const high = 'f13c1d7e-0000-4000-8000-000000000002';

  it('orders a pair as match_candidates stores it, whatever the order given', () => {
    expect(orderPair(high, low)).toEqual({ patientAId: low, patientBId: high });
    expect(orderPair(low, high)).toEqual({ patientAId: low, patientBId: high });
    expect(orderPair(high.toUpperCase(), low)).toEqual({ patientAId: low, patientBId: high });
  });

  it('keeps the older record as the survivor, the lower id on a tie', () => {
    const older = { id: high, createdAt: '2025-01-01T00:00:00.000Z' };
    const newer = { id: low, createdAt: '2025-06-01T00:00:00.000Z' };
    expect(pickSurvivor(newer, older)).toEqual({ survivor: older, merged: newer });
    const tie = { id: high, createdAt: newer.createdAt };
    expect(pickSurvivor(tie, newer)).toEqual({ survivor: newer, merged: tie });
  });
});
