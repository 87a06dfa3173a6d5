import { describe, expect, it } from 'vitest';
import type { PatientDemographics } from '../patients/patient';
import { compareDuplicateFields, toFieldAgreement, type FieldAgreement } from './field-agreement';
import type { PatientStateField } from './survivorship';

const base: PatientDemographics = {
  givenNameLatin: 'Youssef',
  familyNameLatin: 'Benjelloun',
  givenNameArabic: 'يوسف',
  familyNameArabic: 'بنجلون',
  fatherGivenName: null,
  sex: 'male',
  birthDate: '1990-05-14',
  cin: 'K123456',
  amoScheme: 'cnss',
  amoNumber: '123456789',
  phones: ['+212612345678'],
  communeCode: '01.151.01.01',
  address: 'Douar Tizi',
  referenceEstablishmentId: null,
  vitalStatus: 'alive',
  deathDate: null,
};

const agreementOf = (field: PatientStateField, a: Partial<PatientDemographics>, b: Partial<PatientDemographics>) =>
  compareDuplicateFields({ ...base, ...a }, { ...base, ...b }).find((row) => row.field === field)?.agreement;

describe('toFieldAgreement', () => {
  it.each<[string, FieldAgreement]>([
    ['exact', 'agree'],
    ['phonetic', 'partial'],
    ['jw_0.94', 'partial'],
    ['one_edit', 'partial'],
    ['same_year_imprecise', 'partial'],
    ['disagree', 'disagree'],
    ['missing', 'missing'],
  ])('colours the level %s as %s', (level, agreement) => {
    expect(toFieldAgreement(level)).toBe(agreement);
  });
});

describe('compareDuplicateFields', () => {
  it.each<[PatientStateField, Partial<PatientDemographics>, Partial<PatientDemographics>, FieldAgreement]>([
    ['givenNameLatin', {}, {}, 'agree'],
    ['givenNameLatin', { givenNameLatin: 'Youssef' }, { givenNameLatin: 'Yusuf' }, 'partial'],
    ['givenNameLatin', { givenNameLatin: 'Youssef' }, { givenNameLatin: 'Khadija' }, 'disagree'],
    ['familyNameLatin', { familyNameLatin: 'El Amrani' }, { familyNameLatin: 'Amrani' }, 'partial'],
    ['familyNameArabic', { familyNameArabic: 'بنجلون' }, { familyNameArabic: null }, 'missing'],
    ['birthDate', { birthDate: '1990' }, { birthDate: '1990-05-14' }, 'partial'],
    ['birthDate', { birthDate: '1990-05-04' }, { birthDate: '1990-04-05' }, 'partial'],
    ['birthDate', { birthDate: '1990-05-14' }, { birthDate: '1975-01-02' }, 'disagree'],
    ['cin', { cin: 'K123456' }, { cin: 'K123465' }, 'partial'],
    ['cin', { cin: 'K123456' }, { cin: 'AB987654' }, 'disagree'],
    ['phones', { phones: ['+212612345678', '+212661000000'] }, { phones: ['+212661000000'] }, 'agree'],
    ['phones', { phones: [] }, { phones: ['+212661000000'] }, 'missing'],
    ['communeCode', { communeCode: '01.151.01.01' }, { communeCode: '01.151.01.03' }, 'partial'],
    ['communeCode', { communeCode: '01.151.01.01' }, { communeCode: '02.111.01.01' }, 'disagree'],
    ['sex', { sex: 'male' }, { sex: 'unknown' }, 'missing'],
    ['sex', { sex: 'male' }, { sex: 'female' }, 'disagree'],
    ['vitalStatus', { vitalStatus: 'alive' }, { vitalStatus: 'deceased' }, 'disagree'],
  ])('compares %s of %j and %j', (field, a, b, agreement) => {
    expect(agreementOf(field, a, b)).toBe(agreement);
  });

  it('gives one row per demographic field', () => {
    expect(compareDuplicateFields(base, base)).toHaveLength(16);
  });
});
