import { describe, expect, it } from 'vitest';
import { patientImportMappingSchema, toPatientImportFields } from './patient-import-mapping';
import { readPatientImportRow } from './patient-import-row';
import { toCommuneLookup } from './patient-import-values';

const communes = toCommuneLookup([
  { code: '01.151.01.01', nameFr: 'Chefchaouen', nameAr: 'شفشاون' },
  { code: '01.331.01.03', nameFr: 'Ksar El Kébir', nameAr: 'القصر الكبير' },
]);

const fieldsOf = (mapping: Record<string, unknown>) => toPatientImportFields(patientImportMappingSchema.parse(mapping));

const fields = fieldsOf({
  IPP: 'local_id',
  Prenom: 'given_name',
  Nom: 'family_name',
  'Nom complet': 'full_name',
  'Nom arabe': 'family_name_arabic',
  Sexe: 'sex',
  DDN: { role: 'birth_date', format: 'DD/MM/YYYY' },
  CIN: 'cin',
  Regime: 'amo_scheme',
  'N AMO': 'amo_number',
  Tel: 'phone',
  Tel2: 'phone',
  Commune: 'commune_name',
  Adresse: 'address',
  Pere: 'father_given_name',
  Notes: 'ignore',
});

const read = (record: Record<string, string>, line = 2) => readPatientImportRow(record, line, fields, communes);

describe('reading a row of a legacy patient file', () => {
  it('maps every role into the patient fields', () => {
    const result = read({
      IPP: ' CH-2024/0012 ',
      Prenom: 'Khadija',
      Nom: 'El Amrani',
      'Nom arabe': 'العمراني',
      Sexe: 'F',
      DDN: '12/03/1984',
      CIN: 'k 123456',
      Regime: 'CNSS',
      'N AMO': '123456789',
      Tel: '06 12 34 56 78 / 0539 98 76 54',
      Tel2: '',
      Commune: 'chefchaouen',
      Adresse: 'Douar Tissemlal',
      Pere: 'Ahmed',
      Notes: 'anything',
    });
    expect(result).toEqual({
      ok: true,
      row: {
        line: 2,
        localId: 'CH-2024/0012',
        patient: expect.objectContaining({
          givenNameLatin: 'Khadija',
          familyNameLatin: 'El Amrani',
          givenNameArabic: null,
          familyNameArabic: 'العمراني',
          sex: 'female',
          birthDate: '1984-03-12',
          cin: 'K123456',
          amoScheme: 'cnss',
          amoNumber: '123456789',
          phones: ['+212612345678', '+212539987654'],
          communeCode: '01.151.01.01',
          address: 'Douar Tissemlal',
          fatherGivenName: 'Ahmed',
        }) as unknown,
      },
    });
  });

  it('sends Arabic cells of the generic name columns to the Arabic fields', () => {
    const result = read({ IPP: '7', Prenom: 'محمد', Nom: 'الإدريسي', DDN: '1955' });
    expect(result.ok && result.row.patient).toMatchObject({
      givenNameArabic: 'محمد',
      familyNameArabic: 'الإدريسي',
      givenNameLatin: null,
      familyNameLatin: null,
      birthDate: '1955',
    });
  });

  it('splits a full name only when the name columns of its script are empty', () => {
    const fromFull = read({ IPP: '8', 'Nom complet': 'Mohamed Ben Ali' });
    expect(fromFull.ok && fromFull.row.patient).toMatchObject({
      givenNameLatin: 'Mohamed',
      familyNameLatin: 'Ben Ali',
    });
    const both = read({ IPP: '9', Nom: 'Alami', 'Nom complet': 'Mohamed Ben Ali' });
    expect(both.ok && both.row.patient).toMatchObject({ givenNameLatin: null, familyNameLatin: 'Alami' });
  });

  it('reports every problem of a row with its line and column', () => {
    const result = read(
      {
        IPP: '',
        Prenom: 'Khadija',
        Sexe: 'Z',
        DDN: '31/02/1984',
        CIN: '12345',
        Regime: 'Saham',
        Tel: '12',
        Commune: 'Casablanca',
      },
      7,
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['rows', 7, 'IPP'],
        ['rows', 7, 'Sexe'],
        ['rows', 7, 'DDN'],
        ['rows', 7, 'CIN'],
        ['rows', 7, 'Regime'],
        ['rows', 7, 'Tel'],
        ['rows', 7, 'Commune'],
      ]),
    );
    expect(issues).toContainEqual({ path: ['rows', 7, 'DDN'], message: 'This date does not exist' });
    expect(issues).toContainEqual({
      path: ['rows', 7, 'Commune'],
      message: 'Unknown commune: no commune of this GST has this name',
    });
  });

  it('points checks that span fields at a mapped column', () => {
    const noName = read({ IPP: '10', Sexe: 'M' });
    expect(noName.ok ? [] : noName.issues).toEqual([
      { path: ['rows', 2, 'Nom'], message: 'Give at least one name, in Latin or Arabic letters' },
    ]);
    const numberWithoutScheme = read({ IPP: '11', Nom: 'Alami', 'N AMO': '123456789' });
    expect(numberWithoutScheme.ok ? [] : numberWithoutScheme.issues).toEqual([
      { path: ['rows', 2, 'Regime'], message: 'An AMO number needs its scheme' },
    ]);
  });

  it('rejects a commune code outside the GST', () => {
    const result = readPatientImportRow(
      { IPP: '12', Nom: 'Alami', Code: '06.141.01.01' },
      3,
      fieldsOf({ IPP: 'local_id', Nom: 'family_name', Code: 'commune_code' }),
      communes,
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([['rows', 3, 'Code']]);
  });
});
