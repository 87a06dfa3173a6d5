import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  cadreSchema,
  employmentStatusSchema,
  healthTechnicianFieldSchema,
  qualificationSchema,
  staffSexes,
  type StaffMember,
} from '@tansiq/domain';
import { asText, asTextOrNull, toIso } from '../lib/rows';

/** The columns of `staff_members` (alias `m`) that make a `StaffMember`; dates as ISO text. */
export const staffMemberColumns = sql`m.gst_id, m.id, m.staff_number, m.version, m.given_name_latin,
  m.family_name_latin, m.given_name_arabic, m.family_name_arabic, m.cin, m.sex, m.birth_date::text as birth_date,
  m.phone, m.email, m.cadre, m.specialty_code, m.technician_field, m.grade, m.step, m.employment_status,
  m.employed_from::text as employed_from, m.employed_to::text as employed_to, m.user_id, m.qualifications,
  m.created_at, m.updated_at`;

const qualificationsSchema = z.array(qualificationSchema);

/** Maps a row selected with `staffMemberColumns` to a staff member. */
export function toStaffMember(row: Record<string, unknown>): StaffMember {
  return {
    id: asText(row.id),
    gstId: asText(row.gst_id),
    staffId: asText(row.staff_number),
    version: Number(row.version),
    givenNameLatin: asTextOrNull(row.given_name_latin),
    familyNameLatin: asTextOrNull(row.family_name_latin),
    givenNameArabic: asTextOrNull(row.given_name_arabic),
    familyNameArabic: asTextOrNull(row.family_name_arabic),
    cin: asTextOrNull(row.cin),
    sex: z.enum(staffSexes).parse(row.sex),
    birthDate: asText(row.birth_date),
    phone: asTextOrNull(row.phone),
    email: asTextOrNull(row.email),
    cadre: cadreSchema.parse(row.cadre),
    specialtyCode: asTextOrNull(row.specialty_code),
    technicianField: healthTechnicianFieldSchema.nullable().parse(row.technician_field ?? null),
    grade: asTextOrNull(row.grade),
    step: row.step == null ? null : Number(row.step),
    employmentStatus: employmentStatusSchema.parse(row.employment_status),
    employedFrom: asText(row.employed_from),
    employedTo: asTextOrNull(row.employed_to),
    userId: asTextOrNull(row.user_id),
    qualifications: qualificationsSchema.parse(row.qualifications ?? []),
    createdAt: toIso(row.created_at as Date | string),
    updatedAt: toIso(row.updated_at as Date | string),
  };
}
