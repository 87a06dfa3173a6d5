import { z } from 'zod';
import type { FieldIssue } from '../lib/app-error';
import { toBirthDateParser } from '../patients/matching/birth-date';

/**
 * What a column of an establishment's legacy patient file holds (issue #3 §7): the CLI map's idea, with the regional
 * index's fields. `given_name` and `family_name` go to the Latin or Arabic field by the script of each cell;
 * `full_name` is split (the last word, with its particle, is the family name).
 */
export const patientImportRoles = [
  'local_id',
  'given_name',
  'family_name',
  'given_name_latin',
  'family_name_latin',
  'given_name_arabic',
  'family_name_arabic',
  'full_name',
  'father_given_name',
  'sex',
  'birth_date',
  'cin',
  'amo_scheme',
  'amo_number',
  'phone',
  'commune_code',
  'commune_name',
  'address',
  'ignore',
] as const;
export type PatientImportRole = (typeof patientImportRoles)[number];

/** Date formats offered in the web app; the API takes any format of YYYY, MM and DD, like the command line. */
export const patientImportDateFormats = [
  'DD/MM/YYYY',
  'YYYY-MM-DD',
  'DD-MM-YYYY',
  'DD.MM.YYYY',
  'YYYYMMDD',
  'DDMMYYYY',
  'MM/DD/YYYY',
  'YYYY/MM/DD',
] as const;

/** The format read when a birth date column gives none (ISO, as the engine). */
export const defaultBirthDateFormat = 'YYYY-MM-DD';

/** A file may hold a mobile and a home phone: up to three phone columns, as the patient has up to three phones. */
export const maxPhoneColumns = 3;

const roleSchema = z.enum(patientImportRoles, {
  error: (issue) => `Unknown role "${String(issue.input)}"; use one of ${patientImportRoles.join(', ')}`,
});

/** One column's entry, either a role or `{ role, format }`; always read as the object form. */
const mappingEntrySchema = z.preprocess(
  (value) => (typeof value === 'string' ? { role: value } : value),
  z.strictObject({ role: roleSchema, format: z.string().trim().min(1).max(30).optional() }),
);
export type PatientImportMappingEntry = z.output<typeof mappingEntrySchema>;

/**
 * The column mapping: CSV column name → role, e.g. `{"IPP": "local_id", "Nom": "family_name",
 * "DDN": {"role": "birth_date", "format": "DD/MM/YYYY"}}`. Columns of the file it does not name are not read.
 */
export const patientImportMappingSchema = z
  .record(z.string().trim().min(1).max(200), mappingEntrySchema)
  .superRefine((mapping, context) => {
    const columnsByRole = new Map<PatientImportRole, string[]>();
    for (const [column, entry] of Object.entries(mapping)) {
      columnsByRole.set(entry.role, [...(columnsByRole.get(entry.role) ?? []), column]);
      if (entry.format !== undefined && entry.role !== 'birth_date') {
        context.addIssue({
          code: 'custom',
          path: [column, 'format'],
          message: 'Only a birth_date column has a format',
        });
      }
      if (entry.role === 'birth_date' && entry.format !== undefined && !toBirthDateParser(entry.format)) {
        context.addIssue({
          code: 'custom',
          path: [column, 'format'],
          message: `Unreadable date format "${entry.format}": use YYYY, MM and DD, e.g. DD/MM/YYYY or YYYYMMDD`,
        });
      }
    }
    const localIdColumns = columnsByRole.get('local_id') ?? [];
    if (localIdColumns.length !== 1) {
      context.addIssue({
        code: 'custom',
        path: localIdColumns.length > 1 ? [localIdColumns[1] ?? ''] : [],
        message: 'Map exactly one column to local_id (the IPP)',
      });
    }
    for (const [role, columns] of columnsByRole) {
      const allowed = role === 'ignore' ? Infinity : role === 'phone' ? maxPhoneColumns : 1;
      if (role !== 'local_id' && columns.length > allowed) {
        context.addIssue({
          code: 'custom',
          path: [columns[allowed] ?? ''],
          message: `Only ${allowed} column${allowed > 1 ? 's' : ''} can be ${role}`,
        });
      }
    }
    const nameRoles: PatientImportRole[] = [
      'given_name',
      'family_name',
      'given_name_latin',
      'family_name_latin',
      'given_name_arabic',
      'family_name_arabic',
      'full_name',
    ];
    if (!nameRoles.some((role) => columnsByRole.has(role))) {
      context.addIssue({ code: 'custom', path: [], message: 'Map at least one name column' });
    }
  });
export type PatientImportMapping = z.output<typeof patientImportMappingSchema>;

/** A mapping as the API answers it: always the object form (response schemas cannot hold a preprocessing step). */
export const storedPatientImportMappingSchema = z.record(
  z.string(),
  z.strictObject({ role: z.enum(patientImportRoles), format: z.string().optional() }),
);

/** One mapped column the import reads. */
export interface PatientImportField {
  column: string;
  role: Exclude<PatientImportRole, 'ignore'>;
  format?: string;
}

/** The columns the import reads, in the file's mapping order (ignored columns left out). */
export function toPatientImportFields(mapping: PatientImportMapping): PatientImportField[] {
  return Object.entries(mapping).flatMap(([column, entry]) =>
    entry.role === 'ignore'
      ? []
      : [{ column, role: entry.role, ...(entry.format === undefined ? {} : { format: entry.format }) }],
  );
}

/**
 * Checks a file's header against the mapping: a usable header, no column twice, and every mapped column present.
 * Issues are pathed `['content', …]` or `['mapping', column]`.
 */
export function checkPatientImportHeader(header: readonly string[], mapping: PatientImportMapping): FieldIssue[] {
  const columns = header.map((column) => column.trim());
  if (columns.every((column) => column === '')) {
    return [{ path: ['content'], message: 'The file has no header row' }];
  }
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== '' && seen.has(column)) {
      issues.push({ path: ['content', 'header', column], message: `The column "${column}" appears twice` });
    }
    seen.add(column);
  }
  for (const column of Object.keys(mapping)) {
    if (!seen.has(column)) {
      issues.push({ path: ['mapping', column], message: `The file has no column "${column}"` });
    }
  }
  return issues;
}
