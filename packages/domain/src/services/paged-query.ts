import { z } from 'zod';

/** Page and page size of a list query (query-string numbers). */
export const pagedQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
