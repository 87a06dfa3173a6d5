import { z } from 'zod';
import { cadreSchema } from './cadres';
import { staffingTableInputSchema } from './staffing-table';

export const staffingTableRowSchemaFields = {
  establishmentId: z.uuid(),
  specialtyCode: z.string().nullable(),
  cadre: cadreSchema,
  budgeted: z.number(),
  filled: z.number(),
  vacant: z.number(),
  overStaffed: z.number(),
  assignmentCount: z.number().int(),
};

const totalsSchema = z.object({
  budgeted: z.number(),
  filled: z.number(),
  vacant: z.number(),
  overStaffed: z.number(),
  assignmentCount: z.number().int(),
});

/** `GET /api/staffing-table`: a GST, or one establishment of it, on a day (today by default). */
export const staffingTableQuerySchema = z.strictObject({
  gstId: z.uuid(),
  establishmentId: z.uuid().optional(),
  day: z.iso.date().optional(),
});
export type StaffingTableQuery = z.infer<typeof staffingTableQuerySchema>;

/** The staffing table as presented, with the establishments' names. */
export const staffingTableResponseSchema = z.object({
  day: z.string(),
  rows: z.array(z.object({ ...staffingTableRowSchemaFields, establishmentName: z.string() })),
  totals: totalsSchema,
  editable: z.boolean(),
});
export type StaffingTableResponse = z.infer<typeof staffingTableResponseSchema>;

/** `PUT /api/staffing-table`: replaces the budgeted posts of every establishment listed in `establishmentIds`. */
export const replaceStaffingTableInputSchema = staffingTableInputSchema.extend({
  establishmentIds: z.array(z.uuid()).min(1).max(500),
});
export type ReplaceStaffingTableInput = z.infer<typeof replaceStaffingTableInputSchema>;
