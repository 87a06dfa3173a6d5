import { describe, expect, it } from 'vitest';
import { generatePopulation } from './synthetic/generate-population';
import { syntheticTestCommunes } from './synthetic/synthetic-test-communes';
import {
  patientBlockingKeys,
  scorePatientCandidates,
  syntheticToPatientInput,
  toMatchBand,
  toPatientMatchRow,
  trainPatientMatchModel,
} from './patient-matching';

const model = trainPatientMatchModel(
  generatePopulation({ count: 3_000, seed: 7, communes: syntheticTestCommunes }).map(syntheticToPatientInput),
);

const stored = {
  givenNameLatin: 'Mohamed',
  familyNameLatin: 'El Idrissi',
  givenNameArabic: 'محمد',
  familyNameArabic: 'الإدريسي',
  sex: 'male',
  birthDate: '1984-03-12',
  cin: 'K123456',
  phones: ['+212612345678'],
  communeCode: '01.151.01.01',
};

describe('patient matching', () => {
  it('uses the Latin name when both scripts are known, the Arabic one otherwise', () => {
    expect(toPatientMatchRow(stored).slice(0, 2)).toEqual(['Mohamed', 'El Idrissi']);
    expect(toPatientMatchRow({ givenNameArabic: 'محمد' })[0]).toBe('محمد');
    expect(toPatientMatchRow({ birthDate: '1984-03' })[4]).toBe('1984-03-00');
  });

  it('stores blocking keys for identifiers, names with birth year, and every phone', () => {
    const [keys = []] = patientBlockingKeys([{ ...stored, phones: ['+212612345678', '+212700000001'] }]);
    expect(keys).toContain('identifier_1:K123456');
    expect(keys.some((key) => key.startsWith('family_key+birth_year:'))).toBe(true);
    expect(keys).toContain('phone:612345678');
    expect(keys).toContain('phone:700000001');
  });

  it('finds the same person typed in Arabic only with a year of birth, and says why', () => {
    const [score] = scorePatientCandidates(
      model,
      {
        givenNameArabic: 'محمد',
        familyNameArabic: 'الادريسي',
        birthDate: '1984',
        sex: 'male',
        communeCode: '01.151.01.01',
      },
      [stored],
    );
    expect(score?.probability).toBeGreaterThan(0.5);
    expect(score?.reasons.find((reason) => reason.field === 'family_name')?.weight).toBeGreaterThan(0);
  });

  it('keeps a namesake with another birth date and CIN apart', () => {
    const [score] = scorePatientCandidates(
      model,
      { givenNameLatin: 'Mohammed', familyNameLatin: 'Idrissi', birthDate: '1991-07-02', cin: 'L654321', sex: 'male' },
      [stored],
    );
    expect(score?.probability).toBeLessThan(model.thresholds.review);
    expect(toMatchBand(score?.probability ?? 0, model.thresholds)).toBe('unlikely');
  });

  it('learns a usable link threshold from the data', () => {
    expect(model.thresholds.link).toBeGreaterThan(0.3);
    expect(model.thresholds.link).toBeLessThan(1);
  });
});
