import { z } from 'zod';
import { cadreSchema } from './cadres';
import type { StaffMember } from './staff-member';

/** What colleagues see of a staff member (the `directory` view): names and role, nothing personal. */
export const staffDirectoryEntrySchema = z.object({
  id: z.uuid(),
  staffId: z.string(),
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameArabic: z.string().nullable(),
  familyNameArabic: z.string().nullable(),
  cadre: cadreSchema,
  specialtyCode: z.string().nullable(),
  technicianField: z.string().nullable(),
});
export type StaffDirectoryEntry = z.infer<typeof staffDirectoryEntrySchema>;

/** Keeps only the directory fields of a staff member, so nothing else can leak into a directory response. */
export const toStaffDirectoryEntry = (member: StaffMember): StaffDirectoryEntry => ({
  id: member.id,
  staffId: member.staffId,
  givenNameLatin: member.givenNameLatin,
  familyNameLatin: member.familyNameLatin,
  givenNameArabic: member.givenNameArabic,
  familyNameArabic: member.familyNameArabic,
  cadre: member.cadre,
  specialtyCode: member.specialtyCode,
  technicianField: member.technicianField,
});
