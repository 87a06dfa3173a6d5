import { z } from 'zod';
import { arabicNameSchema, latinNameSchema } from '../lib/person-names';
import type { FieldIssue } from '../lib/app-error';
import { specialtyCodes } from '../establishments/specialties';
import { cinSchema, patientPhoneSchema } from '../patients/patient';
import { cadreSchema, type Cadre } from './cadres';
import { employmentStatusSchema } from './employment-statuses';
import { healthTechnicianFieldSchema } from './health-technician-fields';
import { regionalStaffIdSchema } from './regional-staff-id';
import { gradeSchema, stepSchema } from './staff-grades';
import { qualificationSchema } from './staff-qualification';

export const staffSexes = ['female', 'male'] as const;
export type StaffSex = (typeof staffSexes)[number];

const latinName = latinNameSchema;
const arabicName = arabicNameSchema;

/** Field schemas without defaults: an update must not invent values for the fields it did not send. */
const fields = {
  givenNameLatin: latinName,
  familyNameLatin: latinName,
  givenNameArabic: arabicName,
  familyNameArabic: arabicName,
  cin: cinSchema.nullable(),
  sex: z.enum(staffSexes),
  birthDate: z.iso.date(),
  phone: patientPhoneSchema.nullable(),
  email: z.email().nullable(),
  cadre: cadreSchema,
  specialtyCode: z.enum(specialtyCodes as [string, ...string[]]).nullable(),
  technicianField: healthTechnicianFieldSchema.nullable(),
  grade: gradeSchema.nullable(),
  step: stepSchema.nullable(),
  employmentStatus: employmentStatusSchema,
  employedFrom: z.iso.date(),
  employedTo: z.iso.date().nullable(),
  userId: z.uuid().nullable(),
  qualifications: z.array(qualificationSchema).max(30),
};

/** The fields of a staff member that the cross-field rules read. */
export type StaffMemberFields = { [Key in keyof typeof fields]: z.output<(typeof fields)[Key]> };

/** Cadres that may carry a specialty: required for specialists, optional for specialised nurses. */
const specialtyRule: Partial<Record<Cadre, 'required' | 'optional'>> = {
  specialist: 'required',
  specialised_nurse: 'optional',
};

function cadreIssues(value: Pick<StaffMemberFields, 'cadre' | 'specialtyCode' | 'technicianField'>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const rule = specialtyRule[value.cadre];
  if (rule === 'required' && value.specialtyCode === null) {
    issues.push({ path: ['specialtyCode'], message: 'A specialist needs a specialty' });
  }
  if (rule === undefined && value.specialtyCode !== null) {
    issues.push({ path: ['specialtyCode'], message: `A ${value.cadre} has no specialty` });
  }
  if (value.cadre === 'health_technician' && value.technicianField === null) {
    issues.push({ path: ['technicianField'], message: 'A health technician needs a field' });
  }
  if (value.cadre !== 'health_technician' && value.technicianField !== null) {
    issues.push({ path: ['technicianField'], message: 'Only health technicians have a field' });
  }
  return issues;
}

/** Age in whole years on a day, from ISO dates. */
const ageOn = (birthDate: string, day: string): number =>
  Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0);

/** The rules that span fields (names, cadre, grade, dates), for a whole staff member: create, or update once merged. */
export function findStaffMemberIssues(value: StaffMemberFields): FieldIssue[] {
  const issues = cadreIssues(value);
  const latin = value.givenNameLatin !== null && value.familyNameLatin !== null;
  const arabic = value.givenNameArabic !== null && value.familyNameArabic !== null;
  if (!latin && !arabic) {
    issues.push({ path: ['familyNameLatin'], message: 'Give the given and family names in Latin or Arabic letters' });
  }
  if (value.step !== null && value.grade === null) {
    issues.push({ path: ['step'], message: 'A step belongs to a grade' });
  }
  if (value.employedTo !== null && value.employedTo < value.employedFrom) {
    issues.push({ path: ['employedTo'], message: 'The employment ends before it starts' });
  }
  if (value.birthDate < '1930-01-01' || ageOn(value.birthDate, value.employedFrom) < 18) {
    issues.push({ path: ['birthDate'], message: 'A staff member is at least 18 when employed' });
  }
  return issues;
}

const addIssues = (issues: FieldIssue[], context: z.RefinementCtx): void => {
  for (const issue of issues) {
    context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
};

/** What HR enters to register a staff member. Unknown fields are rejected. */
export const createStaffMemberInputSchema = z
  .strictObject({
    ...fields,
    givenNameLatin: fields.givenNameLatin.default(null),
    familyNameLatin: fields.familyNameLatin.default(null),
    givenNameArabic: fields.givenNameArabic.default(null),
    familyNameArabic: fields.familyNameArabic.default(null),
    cin: fields.cin.default(null),
    phone: fields.phone.default(null),
    email: fields.email.default(null),
    specialtyCode: fields.specialtyCode.default(null),
    technicianField: fields.technicianField.default(null),
    grade: fields.grade.default(null),
    step: fields.step.default(null),
    employedTo: fields.employedTo.default(null),
    userId: fields.userId.default(null),
    qualifications: fields.qualifications.default([]),
  })
  .superRefine((value, context) => addIssues(findStaffMemberIssues(value), context));
export type CreateStaffMemberInput = z.infer<typeof createStaffMemberInputSchema>;

/**
 * A change to a staff member: any subset of fields, with the version edited (optimistic locking). Changing the cadre
 * must restate its specialty and field. The server re-checks the merged record with `findStaffMemberIssues`.
 */
export const updateStaffMemberInputSchema = z
  .strictObject({
    version: z.number().int().min(1),
    givenNameLatin: fields.givenNameLatin.optional(),
    familyNameLatin: fields.familyNameLatin.optional(),
    givenNameArabic: fields.givenNameArabic.optional(),
    familyNameArabic: fields.familyNameArabic.optional(),
    cin: fields.cin.optional(),
    sex: fields.sex.optional(),
    birthDate: fields.birthDate.optional(),
    phone: fields.phone.optional(),
    email: fields.email.optional(),
    cadre: fields.cadre.optional(),
    specialtyCode: fields.specialtyCode.optional(),
    technicianField: fields.technicianField.optional(),
    grade: fields.grade.optional(),
    step: fields.step.optional(),
    employmentStatus: fields.employmentStatus.optional(),
    employedFrom: fields.employedFrom.optional(),
    employedTo: fields.employedTo.optional(),
    userId: fields.userId.optional(),
    qualifications: fields.qualifications.optional(),
  })
  .superRefine((value, context) => {
    if (value.cadre !== undefined) {
      const { cadre, specialtyCode = null, technicianField = null } = value;
      addIssues(cadreIssues({ cadre, specialtyCode, technicianField }), context);
    }
  });
export type UpdateStaffMemberInput = z.infer<typeof updateStaffMemberInputSchema>;

/** A staff member as the API presents it to those with the full view. */
export const staffMemberSchema = z.object({
  ...fields,
  id: z.uuid(),
  gstId: z.uuid(),
  staffId: regionalStaffIdSchema,
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;
