import { z } from 'zod';
import type { FieldIssue } from '../lib/app-error';
import { fromCsvCell } from '../lib/csv';
import { toFieldIssues } from '../lib/parse';
import { establishmentCodeSchema } from '../establishments/establishment';
import { specialtyCodes } from '../establishments/specialties';
import { regionalStaffIdSchema } from './regional-staff-id';
import { createStaffMemberInputSchema, type CreateStaffMemberInput, type StaffMember } from './staff-member';

/** Columns of the staff CSV (issue #5 §8), in template order. Qualifications are not in the file; they are entered one by one. */
export const staffCsvColumns = [
  'staff_id',
  'family_name_latin',
  'given_name_latin',
  'family_name_arabic',
  'given_name_arabic',
  'cin',
  'sex',
  'birth_date',
  'phone',
  'email',
  'cadre',
  'specialty_code',
  'technician_field',
  'grade',
  'step',
  'employment_status',
  'employed_from',
  'employed_to',
  'primary_establishment_code',
  'primary_specialty_code',
  'primary_time_share',
  'primary_from',
] as const;
export type StaffCsvColumn = (typeof staffCsvColumns)[number];

const fieldToColumn: Record<string, StaffCsvColumn> = {
  familyNameLatin: 'family_name_latin',
  givenNameLatin: 'given_name_latin',
  familyNameArabic: 'family_name_arabic',
  givenNameArabic: 'given_name_arabic',
  cin: 'cin',
  sex: 'sex',
  birthDate: 'birth_date',
  phone: 'phone',
  email: 'email',
  cadre: 'cadre',
  specialtyCode: 'specialty_code',
  technicianField: 'technician_field',
  grade: 'grade',
  step: 'step',
  employmentStatus: 'employment_status',
  employedFrom: 'employed_from',
  employedTo: 'employed_to',
  establishmentCode: 'primary_establishment_code',
  primarySpecialtyCode: 'primary_specialty_code',
  timeShare: 'primary_time_share',
  validFrom: 'primary_from',
  staffId: 'staff_id',
};

/** The primary assignment a CSV row asks for, by establishment code (the server resolves the code to an id). */
export const staffCsvPrimaryAssignmentSchema = z.strictObject({
  establishmentCode: establishmentCodeSchema,
  primarySpecialtyCode: z.enum(specialtyCodes as [string, ...string[]]).nullable(),
  timeShare: z.number().int().min(1).max(100),
  validFrom: z.iso.date(),
});
export type StaffCsvPrimaryAssignment = z.infer<typeof staffCsvPrimaryAssignmentSchema>;

/** One valid row: the staff id when it updates a known person, the create input and the primary assignment, if any. */
export interface StaffCsvRow {
  rowNumber: number;
  staffId: string | null;
  input: CreateStaffMemberInput;
  primaryAssignment: StaffCsvPrimaryAssignment | null;
}

export type StaffCsvRowResult = ({ ok: true } & StaffCsvRow) | { ok: false; issues: FieldIssue[] };

const blankToNull = (value: string | undefined): string | null =>
  value === undefined || value.trim() === '' ? null : value.trim();

const toNumber = (value: string | null): number | string | null =>
  value === null ? null : Number.isFinite(Number(value)) ? Number(value) : value;

const rowIssues = (error: z.ZodError, rowNumber: number, prefix: (string | number)[] = []): FieldIssue[] =>
  toFieldIssues(error).map((issue) => {
    const [field, ...rest] = [...prefix, ...issue.path];
    return { ...issue, path: ['rows', rowNumber, fieldToColumn[String(field)] ?? String(field), ...rest] };
  });

function primaryFromRecord(record: Record<string, string>, employedFrom: string | null) {
  const establishmentCode = blankToNull(record.primary_establishment_code);
  if (establishmentCode === null) {
    return staffCsvPrimaryAssignmentSchema.nullable().safeParse(null);
  }
  return staffCsvPrimaryAssignmentSchema.safeParse({
    establishmentCode,
    primarySpecialtyCode: blankToNull(record.primary_specialty_code),
    timeShare: toNumber(blankToNull(record.primary_time_share)) ?? 100,
    validFrom: blankToNull(record.primary_from) ?? employedFrom,
  });
}

/**
 * Turns one CSV record into a create input and primary assignment; issues carry the path ['rows', rowNumber, column].
 * `rowNumber` is the line in the file (the header is line 1). Blank cells mean "none".
 */
export function staffFromCsvRecord(rawRecord: Record<string, string>, rowNumber: number): StaffCsvRowResult {
  const record = Object.fromEntries(Object.entries(rawRecord).map(([column, value]) => [column, fromCsvCell(value)]));
  const text = (column: StaffCsvColumn): string | null => blankToNull(record[column]);
  const staffIdText = text('staff_id');
  const staffId = staffIdText === null ? null : regionalStaffIdSchema.safeParse(staffIdText);
  const member = createStaffMemberInputSchema.safeParse({
    ...Object.fromEntries(
      Object.entries(fieldToColumn)
        .filter(([field]) => field in createStaffMemberInputSchema.shape)
        .map(([field, column]) => [field, text(column)]),
    ),
    step: toNumber(text('step')),
    sex: text('sex') ?? '',
    birthDate: text('birth_date') ?? '',
    cadre: text('cadre') ?? '',
    employmentStatus: text('employment_status') ?? '',
    employedFrom: text('employed_from') ?? '',
  });
  const primary = primaryFromRecord(record, text('employed_from'));
  const issues = [
    ...(staffId?.success === false ? rowIssues(staffId.error, rowNumber, ['staffId']) : []),
    ...(member.success ? [] : rowIssues(member.error, rowNumber)),
    ...(primary.success ? [] : rowIssues(primary.error, rowNumber)),
  ];
  if (!member.success || !primary.success || issues.length > 0) {
    return { ok: false, issues };
  }
  return { ok: true, rowNumber, staffId: staffId?.data ?? null, input: member.data, primaryAssignment: primary.data };
}

/** One staff member (and their primary assignment) as a CSV row, in template column order; re-imports unchanged. */
export function staffToCsvRow(
  member: StaffMember,
  primary: StaffCsvPrimaryAssignment | null,
): (string | number | null)[] {
  const values: Record<StaffCsvColumn, string | number | null> = {
    staff_id: member.staffId,
    family_name_latin: member.familyNameLatin,
    given_name_latin: member.givenNameLatin,
    family_name_arabic: member.familyNameArabic,
    given_name_arabic: member.givenNameArabic,
    cin: member.cin,
    sex: member.sex,
    birth_date: member.birthDate,
    phone: member.phone,
    email: member.email,
    cadre: member.cadre,
    specialty_code: member.specialtyCode,
    technician_field: member.technicianField,
    grade: member.grade,
    step: member.step,
    employment_status: member.employmentStatus,
    employed_from: member.employedFrom,
    employed_to: member.employedTo,
    primary_establishment_code: primary?.establishmentCode ?? null,
    primary_specialty_code: primary?.primarySpecialtyCode ?? null,
    primary_time_share: primary?.timeShare ?? null,
    primary_from: primary?.validFrom ?? null,
  };
  return staffCsvColumns.map((column) => values[column]);
}
