import { z } from 'zod';
import { specialtyCodes } from '../establishments/specialties';
import { cadreSchema } from './cadres';
import { employmentStatusSchema } from './employment-statuses';
import { staffAssignmentSchema } from './staff-assignment';
import { staffDirectoryEntrySchema } from './staff-directory-entry';
import { staffLeaveSchema } from './staff-leave';
import { createStaffMemberInputSchema, staffSexes } from './staff-member';
import { qualificationKinds } from './staff-qualification';

/** Filters and paging of the staff list (`GET /api/staff`). */
export const listStaffQuerySchema = z.strictObject({
  gstId: z.uuid(),
  establishmentId: z.uuid().optional(),
  provinceCode: z.string().trim().min(1).max(20).optional(),
  cadre: cadreSchema.optional(),
  employmentStatus: employmentStatusSchema.optional(),
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListStaffQuery = z.infer<typeof listStaffQuerySchema>;

/** An establishment as staff pages name it. */
export const staffEstablishmentSchema = z.object({ id: z.uuid(), nameFr: z.string(), nameAr: z.string().nullable() });

/** One line of the staff list: the directory entry, plus the primary establishment and status for full viewers. */
export const staffListItemSchema = staffDirectoryEntrySchema.extend({
  view: z.enum(['full', 'directory']),
  employmentStatus: employmentStatusSchema.nullable(),
  primaryEstablishment: staffEstablishmentSchema.nullable(),
});
export type StaffListItem = z.infer<typeof staffListItemSchema>;

export const staffPageSchema = z.object({
  items: z.array(staffListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type StaffPage = z.infer<typeof staffPageSchema>;

/** An assignment with the name of its establishment. */
export const staffAssignmentDetailSchema = staffAssignmentSchema.extend({ establishment: staffEstablishmentSchema });
export type StaffAssignmentDetail = z.infer<typeof staffAssignmentDetailSchema>;

/** A leave with its cancellation, kept for the history. */
export const staffLeaveDetailSchema = staffLeaveSchema.extend({ cancelledAt: z.string().nullable() });
export type StaffLeaveDetail = z.infer<typeof staffLeaveDetailSchema>;

/** A staff member as responses carry it: plain values (response schemas cannot hold the input transforms). */
export const staffMemberOutputSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  staffId: z.string(),
  version: z.number().int(),
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  givenNameArabic: z.string().nullable(),
  familyNameArabic: z.string().nullable(),
  cin: z.string().nullable(),
  sex: z.enum(staffSexes),
  birthDate: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  cadre: cadreSchema,
  specialtyCode: z.string().nullable(),
  technicianField: z.string().nullable(),
  grade: z.string().nullable(),
  step: z.number().int().nullable(),
  employmentStatus: employmentStatusSchema,
  employedFrom: z.string(),
  employedTo: z.string().nullable(),
  userId: z.string().nullable(),
  qualifications: z.array(
    z.object({
      kind: z.enum(qualificationKinds),
      title: z.string(),
      issuer: z.string(),
      year: z.number().int(),
      licenceNumber: z.string().nullable(),
      validUntil: z.string().nullable(),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** A staff member's page: the full record for those who may see it, otherwise the directory entry only. */
export const staffMemberDetailSchema = z.discriminatedUnion('view', [
  z.object({
    view: z.literal('full'),
    member: staffMemberOutputSchema,
    assignments: z.array(staffAssignmentDetailSchema),
    leaves: z.array(staffLeaveDetailSchema),
    editScope: z.enum(['all', 'contacts', 'none']),
  }),
  z.object({ view: z.literal('directory'), entry: staffDirectoryEntrySchema }),
]);
export type StaffMemberDetail = z.infer<typeof staffMemberDetailSchema>;

/** One entry of a staff record's history: what changed, by whom and when. */
export const staffMemberChangeSchema = z.object({
  version: z.number().int(),
  action: z.string(),
  changedBy: z.string().nullable(),
  changedByName: z.string().nullable(),
  changedAt: z.string(),
  changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
});
export type StaffMemberChange = z.infer<typeof staffMemberChangeSchema>;

/** The outcome of a staff CSV import: how many people were created and updated (all or nothing). */
export const staffImportResultSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type StaffImportResult = z.infer<typeof staffImportResultSchema>;

export const staffImportQuerySchema = z.strictObject({ gstId: z.uuid() });

/** `POST /api/staff`: the person and, usually, their primary assignment (which decides which HR officer may create). */
export const createStaffRequestSchema = z.strictObject({
  gstId: z.uuid(),
  member: createStaffMemberInputSchema,
  primaryAssignment: z
    .strictObject({
      establishmentId: z.uuid(),
      specialtyCode: z
        .enum(specialtyCodes as [string, ...string[]])
        .nullable()
        .default(null),
      timeShare: z.number().int().min(1).max(100).default(100),
      validFrom: z.iso.date(),
    })
    .nullable()
    .default(null),
});
export type CreateStaffRequest = z.infer<typeof createStaffRequestSchema>;
