import type { FieldIssue } from '../lib/app-error';
import { localPatientIdSchema, patientDemographicsSchema, type PatientDemographics } from '../patients/patient';
import { defaultBirthDateFormat, type PatientImportField } from './patient-import-mapping';
import {
  scriptOf,
  splitFullName,
  toAmoScheme,
  toPartialBirthDate,
  toPatientSex,
  type CommuneLookup,
} from './patient-import-values';

/** One row of the file read into the index's shape: the establishment's IPP and the person. */
export interface PatientImportRow {
  /** The line in the file (the header is line 1), as the report shows it. */
  line: number;
  localId: string;
  patient: PatientDemographics;
}

export type PatientImportRowResult = { ok: true; row: PatientImportRow } | { ok: false; issues: FieldIssue[] };

type DemographicField = keyof PatientDemographics;

const nameFieldOf = {
  given_name_latin: 'givenNameLatin',
  family_name_latin: 'familyNameLatin',
  given_name_arabic: 'givenNameArabic',
  family_name_arabic: 'familyNameArabic',
} as const;

/** The demographic fields of one row as read from the cells, each remembering the column it came from. */
class RowDraft {
  readonly values: Partial<Record<DemographicField, unknown>> = {};
  readonly columns = new Map<DemographicField, string>();
  readonly phones: { value: string; column: string }[] = [];

  set(field: DemographicField, value: unknown, column: string): void {
    this.values[field] = value;
    this.columns.set(field, column);
  }

  /** Fills a field only when a more specific column left it empty (`given_name_arabic` wins over `given_name`). */
  fill(field: DemographicField, value: unknown, column: string): void {
    if (this.values[field] === undefined) {
      this.set(field, value, column);
    }
  }
}

/** Specific columns first, then the generic name columns, then full names: so the more precise column wins. */
const readingOrder = (field: PatientImportField): number =>
  field.role === 'full_name' ? 2 : field.role === 'given_name' || field.role === 'family_name' ? 1 : 0;

/**
 * Reads one row of a legacy patient file with the mapping, then validates it with the patient schema (the same rules
 * as the registration desk) and the IPP format. Issues are pathed `['rows', line, column]`.
 */
export function readPatientImportRow(
  record: Readonly<Record<string, string>>,
  line: number,
  fields: readonly PatientImportField[],
  communes: CommuneLookup,
): PatientImportRowResult {
  const issues: FieldIssue[] = [];
  const draft = new RowDraft();
  const issue = (column: string, message: string) => issues.push({ path: ['rows', line, column], message });
  let localId: { value: string; column: string } | undefined;
  for (const field of [...fields].sort((a, b) => readingOrder(a) - readingOrder(b))) {
    const cell = (record[field.column] ?? '').trim();
    if (cell === '') {
      continue;
    }
    if (field.role === 'local_id') {
      localId = { value: cell, column: field.column };
    } else {
      readCell(draft, field, cell, communes, (message) => issue(field.column, message));
    }
  }
  const localIdColumn = fields.find((field) => field.role === 'local_id')?.column ?? 'local_id';
  const parsedLocalId = localPatientIdSchema.safeParse(localId?.value ?? '');
  if (localId === undefined) {
    issue(localIdColumn, 'The IPP (local patient number) is missing');
  } else if (!parsedLocalId.success) {
    issue(localIdColumn, parsedLocalId.error.issues[0]?.message ?? 'This IPP is not valid');
  }
  const parsed = patientDemographicsSchema.safeParse({
    ...draft.values,
    ...(draft.phones.length > 0 ? { phones: draft.phones.map((phone) => phone.value) } : {}),
  });
  if (!parsed.success) {
    for (const zodIssue of parsed.error.issues) {
      issue(columnOfIssue(zodIssue.path, draft, fields), zodIssue.message);
    }
  }
  if (issues.length > 0 || !parsed.success || !parsedLocalId.success) {
    return { ok: false, issues };
  }
  return { ok: true, row: { line, localId: parsedLocalId.data, patient: parsed.data } };
}

function readCell(
  draft: RowDraft,
  field: PatientImportField,
  cell: string,
  communes: CommuneLookup,
  reject: (message: string) => void,
): void {
  const { role, column } = field;
  switch (role) {
    case 'given_name_latin':
    case 'family_name_latin':
    case 'given_name_arabic':
    case 'family_name_arabic':
      draft.set(nameFieldOf[role], cell, column);
      break;
    case 'given_name':
      draft.fill(scriptOf(cell) === 'arabic' ? 'givenNameArabic' : 'givenNameLatin', cell, column);
      break;
    case 'family_name':
      draft.fill(scriptOf(cell) === 'arabic' ? 'familyNameArabic' : 'familyNameLatin', cell, column);
      break;
    case 'full_name': {
      const arabic = scriptOf(cell) === 'arabic';
      const [givenField, familyField] = arabic
        ? (['givenNameArabic', 'familyNameArabic'] as const)
        : (['givenNameLatin', 'familyNameLatin'] as const);
      // A full name only stands in for a script whose name columns are empty.
      if (draft.values[givenField] === undefined && draft.values[familyField] === undefined) {
        const { given, family } = splitFullName(cell);
        if (given !== null) {
          draft.set(givenField, given, column);
        }
        draft.set(familyField, family, column);
      }
      break;
    }
    case 'father_given_name':
      draft.set('fatherGivenName', cell, column);
      break;
    case 'sex': {
      const sex = toPatientSex(cell);
      if (sex === undefined) {
        reject('Unknown sex: use M/F, H/F, 1/2 or ذكر/أنثى');
      } else {
        draft.set('sex', sex, column);
      }
      break;
    }
    case 'birth_date': {
      const format = field.format ?? defaultBirthDateFormat;
      const date = toPartialBirthDate(cell, format);
      if (date === undefined) {
        reject(`The birth date does not read as ${format} (or a year alone)`);
      } else {
        draft.set('birthDate', date, column);
      }
      break;
    }
    case 'cin':
      draft.set('cin', cell, column);
      break;
    case 'amo_number':
      draft.set('amoNumber', cell, column);
      break;
    case 'amo_scheme': {
      const scheme = toAmoScheme(cell);
      if (scheme === undefined) {
        reject('Unknown AMO scheme: use CNSS, CNOPS, AMO Tadamon (RAMED), AMO TNS, Achamil or none');
      } else {
        draft.set('amoScheme', scheme, column);
      }
      break;
    }
    case 'phone':
      for (const phone of cell.split(/[/;|]/).map((part) => part.trim())) {
        if (phone !== '') {
          draft.phones.push({ value: phone, column });
        }
      }
      break;
    case 'commune_code': {
      const commune = communes.byCode(cell);
      if (commune === undefined) {
        reject('This commune code is not a commune of this GST (HCP code, e.g. 01.151.01.01)');
      } else {
        draft.set('communeCode', commune.code, column);
      }
      break;
    }
    case 'commune_name': {
      const commune = communes.byName(cell);
      if (commune === 'ambiguous') {
        reject('Several communes have this name; give the commune code instead');
      } else if (commune === undefined) {
        reject('Unknown commune: no commune of this GST has this name');
      } else {
        draft.fill('communeCode', commune.code, column);
      }
      break;
    }
    case 'address':
      draft.set('address', cell, column);
      break;
  }
}

/** The column a schema issue comes from; a check spanning fields points at the first mapped column involved. */
function columnOfIssue(path: readonly PropertyKey[], draft: RowDraft, fields: readonly PatientImportField[]): string {
  const [field, index] = path;
  if (field === 'phones') {
    const phone = typeof index === 'number' ? draft.phones[index] : draft.phones.at(-1);
    return phone?.column ?? fields.find((candidate) => candidate.role === 'phone')?.column ?? 'phone';
  }
  const fromCell = draft.columns.get(field as DemographicField);
  if (fromCell !== undefined) {
    return fromCell;
  }
  const fallbackRoles: Record<string, readonly string[]> = {
    familyNameLatin: ['family_name', 'family_name_latin', 'full_name', 'family_name_arabic', 'given_name'],
    amoScheme: ['amo_scheme', 'amo_number'],
  };
  const roles = fallbackRoles[String(field)] ?? [];
  const fallback = roles
    .map((role) => fields.find((candidate) => candidate.role === role))
    .find((candidate) => candidate !== undefined);
  return fallback?.column ?? fields.find((candidate) => candidate.role !== 'local_id')?.column ?? String(field);
}
