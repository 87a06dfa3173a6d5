import { z } from 'zod';

export const importJobStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;

/** A CSV import of establishments: all rows valid or nothing written; `errors` is the report per row and column. */
export const importJobSchema = z.object({
  id: z.uuid(),
  gstId: z.uuid(),
  kind: z.literal('establishments'),
  status: z.enum(importJobStatuses),
  fileName: z.string(),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  createdCount: z.number().int(),
  updatedCount: z.number().int(),
  errors: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;

export const startImportQuerySchema = z.strictObject({
  gstId: z.uuid(),
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .regex(/^[^/\\]+$/, 'A file name without folders'),
});
export type StartImportQuery = z.infer<typeof startImportQuerySchema>;

/** A light point for the establishment map. */
export const establishmentPointSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  nameFr: z.string(),
  nameAr: z.string().nullable(),
  type: z.string(),
  level: z.string(),
  status: z.string(),
  provinceCode: z.string(),
  lon: z.number(),
  lat: z.number(),
  totalBeds: z.number().int(),
  isGenerated: z.boolean(),
});
export type EstablishmentPoint = z.infer<typeof establishmentPointSchema>;
