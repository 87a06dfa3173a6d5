import { describe, expect, it } from 'vitest';
import { splitFullName, toAmoScheme, toCommuneLookup, toPartialBirthDate, toPatientSex } from './patient-import-values';

describe('patient import cell readers', () => {
  it.each([
    ['M', 'male'],
    ['H', 'male'],
    ['1', 'male'],
    ['Masculin', 'male'],
    ['ذكر', 'male'],
    ['F', 'female'],
    ['2', 'female'],
    ['Féminin', 'female'],
    ['أنثى', 'female'],
    ['Mme', 'female'],
    ['', 'unknown'],
    ['0', 'unknown'],
    ['Inconnu', 'unknown'],
    ['Z', undefined],
  ])('reads the sex %s as %s', (value, expected) => {
    expect(toPatientSex(value)).toBe(expected);
  });

  it.each([
    ['CNSS', 'cnss'],
    ['cnops', 'cnops'],
    ['AMO Tadamon', 'amo_tadamon'],
    ['RAMED', 'amo_tadamon'],
    ['AMO-TNS', 'amo_tns'],
    ['Achamil', 'amo_achamil'],
    ['Aucune', 'none'],
    ['', 'unknown'],
    ['Mutuelle générale', undefined],
    ['Saham', undefined],
  ])('reads the AMO scheme %s as %s', (value, expected) => {
    expect(toAmoScheme(value)).toBe(expected);
  });

  it.each([
    ['12/03/1984', 'DD/MM/YYYY', '1984-03-12'],
    ['2/3/1984', 'DD/MM/YYYY', '1984-03-02'],
    ['19840312', 'YYYYMMDD', '1984-03-12'],
    ['1955', 'DD/MM/YYYY', '1955'],
    ['00/00/1955', 'DD/MM/YYYY', '1955'],
    ['00/07/1990', 'DD/MM/YYYY', '1990-07'],
    ['31/02/1984', 'DD/MM/YYYY', '1984-02-31'],
    ['1984-03-12', 'DD/MM/YYYY', undefined],
    ['vers 1955', 'DD/MM/YYYY', undefined],
  ])('reads the birth date %s (%s) as %s', (value, format, expected) => {
    expect(toPartialBirthDate(value, format)).toBe(expected);
  });

  it.each([
    ['Mohamed El Idrissi', 'Mohamed', 'El Idrissi'],
    ['Fatima Zahra Ben Ali', 'Fatima Zahra', 'Ben Ali'],
    ['Youssef Aït Baha', 'Youssef', 'Aït Baha'],
    ['محمد بن علي', 'محمد', 'بن علي'],
    ['زينب بن عبد الله', 'زينب', 'بن عبد الله'],
    ['Said Abdel Ali', 'Said', 'Abdel Ali'],
    ['Amrani', null, 'Amrani'],
    ['El Amrani', 'El', 'Amrani'],
  ])('splits the full name %s', (value, given, family) => {
    expect(splitFullName(value)).toEqual({ given, family });
  });

  it('finds communes by code and by French or Arabic name, folded', () => {
    const lookup = toCommuneLookup([
      { code: '01.331.01.03', nameFr: 'Ksar El Kébir', nameAr: 'القصر الكبير' },
      { code: '01.151.01.01', nameFr: 'Chefchaouen', nameAr: 'شفشاون' },
      { code: '01.999.01.01', nameFr: 'Bni Ahmed', nameAr: 'بني أحمد' },
      { code: '01.999.01.02', nameFr: 'Bni-Ahmed', nameAr: 'بني احمد الشرقية' },
    ]);
    expect(lookup.byCode('01.151.01.01')?.nameFr).toBe('Chefchaouen');
    expect(lookup.byCode('02.111.01.01')).toBeUndefined();
    expect(lookup.byName('ksar-el-kebir')).toMatchObject({ code: '01.331.01.03' });
    expect(lookup.byName('القصر  الكبير')).toMatchObject({ code: '01.331.01.03' });
    expect(lookup.byName('CHEFCHAOUEN')).toMatchObject({ code: '01.151.01.01' });
    expect(lookup.byName('Bni Ahmed')).toBe('ambiguous');
    expect(lookup.byName('Casablanca')).toBeUndefined();
  });
});
