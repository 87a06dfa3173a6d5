import { describe, expect, it } from 'vitest';
import { checkPatientImportHeader, patientImportMappingSchema, toPatientImportFields } from './patient-import-mapping';

const issuesOf = (mapping: unknown) => {
  const result = patientImportMappingSchema.safeParse(mapping);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
};

describe('patient import mapping', () => {
  it('reads roles given as strings or as { role, format }', () => {
    const mapping = patientImportMappingSchema.parse({
      IPP: 'local_id',
      Nom: 'family_name',
      DDN: { role: 'birth_date', format: 'DD/MM/YYYY' },
      Notes: 'ignore',
    });
    expect(mapping).toEqual({
      IPP: { role: 'local_id' },
      Nom: { role: 'family_name' },
      DDN: { role: 'birth_date', format: 'DD/MM/YYYY' },
      Notes: { role: 'ignore' },
    });
    expect(toPatientImportFields(mapping)).toEqual([
      { column: 'IPP', role: 'local_id' },
      { column: 'Nom', role: 'family_name' },
      { column: 'DDN', role: 'birth_date', format: 'DD/MM/YYYY' },
    ]);
  });

  it.each([
    ['an unknown role', { IPP: 'local_id', Nom: 'surname' }, ['Nom', 'role'], /Unknown role "surname"/],
    ['no IPP column', { Nom: 'family_name' }, [], /exactly one column to local_id/],
    ['two IPP columns', { A: 'local_id', B: 'local_id', Nom: 'family_name' }, ['B'], /exactly one/],
    ['two CIN columns', { IPP: 'local_id', Nom: 'full_name', C1: 'cin', C2: 'cin' }, ['C2'], /Only 1 column/],
    [
      'four phone columns',
      { IPP: 'local_id', Nom: 'full_name', T1: 'phone', T2: 'phone', T3: 'phone', T4: 'phone' },
      ['T4'],
      /Only 3 columns/,
    ],
    ['no name column', { IPP: 'local_id', Sexe: 'sex' }, [], /at least one name/],
    [
      'an unreadable date format',
      { IPP: 'local_id', Nom: 'full_name', DDN: { role: 'birth_date', format: 'JJ/MM/AAAA' } },
      ['DDN', 'format'],
      /Unreadable date format/,
    ],
    [
      'a format on another role',
      { IPP: 'local_id', Nom: { role: 'full_name', format: 'YYYY' } },
      ['Nom', 'format'],
      /Only a birth_date column/,
    ],
  ])('rejects %s with the path of the column', (_, mapping, path, message) => {
    expect(issuesOf(mapping)).toContainEqual({ path, message: expect.stringMatching(message) as string });
  });

  it('checks the header: every mapped column present, no column twice', () => {
    const mapping = patientImportMappingSchema.parse({ IPP: 'local_id', Nom: 'family_name', Tel: 'phone' });
    expect(checkPatientImportHeader(['IPP', ' Nom ', 'Tel', 'Autre'], mapping)).toEqual([]);
    expect(checkPatientImportHeader(['IPP', 'Nom', 'Nom'], mapping)).toEqual([
      { path: ['content', 'header', 'Nom'], message: 'The column "Nom" appears twice' },
      { path: ['mapping', 'Tel'], message: 'The file has no column "Tel"' },
    ]);
    expect(checkPatientImportHeader([''], mapping)).toEqual([
      { path: ['content'], message: 'The file has no header row' },
    ]);
  });
});
