import { describe, expect, it } from 'vitest';
import {
  guessBirthDateFormat,
  guessPatientImportMapping,
  guessPatientImportRole,
} from './guess-patient-import-mapping';

describe('guessing the mapping of a patient file', () => {
  it.each([
    ['IPP', 'local_id'],
    ['N° dossier', 'local_id'],
    ['Prénom', 'given_name'],
    ['prenom', 'given_name'],
    ['NOM', 'family_name'],
    ['Nom de famille', 'family_name'],
    ['Nom complet', 'full_name'],
    ['nom_ar', 'family_name_arabic'],
    ['prenom_ar', 'given_name_arabic'],
    ['Nom du père', 'father_given_name'],
    ['Sexe', 'sex'],
    ['date_naissance', 'birth_date'],
    ['DDN', 'birth_date'],
    ['Date_Naiss', 'birth_date'],
    ['CIN', 'cin'],
    ['N° CNIE', 'cin'],
    ['Régime', 'amo_scheme'],
    ['N° AMO', 'amo_number'],
    ['Tél.', 'phone'],
    ['GSM 2', 'phone'],
    ['Commune', 'commune_name'],
    ['Code commune', 'commune_code'],
    ['Adresse', 'address'],
    ['الاسم', 'given_name'],
    ['النسب', 'family_name'],
    ['الاسم العائلي', 'family_name'],
    ['تاريخ الازدياد', 'birth_date'],
    ['الجنس', 'sex'],
    ['Observations', 'ignore'],
  ])('reads the header %s as %s', (header, role) => {
    expect(guessPatientImportRole(header)).toBe(role);
  });

  it.each([
    [['12/03/1984', '1/7/1990', '1955'], 'DD/MM/YYYY'],
    [['1984-03-12', ''], 'YYYY-MM-DD'],
    [['19840312', '19901231'], 'YYYYMMDD'],
    [['12031984'], 'DDMMYYYY'],
    [['12.03.1984'], 'DD.MM.YYYY'],
    [['1955', ''], 'DD/MM/YYYY'],
  ])('guesses the date format of %j as %s', (samples, format) => {
    expect(guessBirthDateFormat(samples)).toBe(format);
  });

  it('proposes one column per single role and a date format from the values', () => {
    expect(
      guessPatientImportMapping(
        ['IPP', 'Nom', 'Prénom', 'DDN', 'Tel', 'GSM', 'Nom2', 'Remarque'],
        [['1', 'Alami', 'Sara', '1984-03-12', '', '', '', '']],
      ),
    ).toEqual({
      IPP: { role: 'local_id' },
      Nom: { role: 'family_name' },
      Prénom: { role: 'given_name' },
      DDN: { role: 'birth_date', format: 'YYYY-MM-DD' },
      Tel: { role: 'phone' },
      GSM: { role: 'phone' },
      Nom2: { role: 'ignore' },
      Remarque: { role: 'ignore' },
    });
  });
});
