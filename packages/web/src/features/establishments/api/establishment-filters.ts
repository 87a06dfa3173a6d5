import { listEstablishmentsQuerySchema } from '@tansiq/domain';
import type { z } from 'zod';

/** The list filters the URL holds (the GST comes from the session, the page size is fixed). */
export const establishmentFiltersSchema = listEstablishmentsQuerySchema.omit({ gstId: true, pageSize: true });
export type EstablishmentFilters = z.output<typeof establishmentFiltersSchema>;

export const establishmentPageSize = 25;

/** Reads the URL's search params; anything unreadable falls back to "no filter" rather than an error page. */
export function parseEstablishmentFilters(search: Record<string, unknown>): EstablishmentFilters {
  const result = establishmentFiltersSchema.safeParse(search);
  if (result.success) {
    return result.data;
  }
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(search)) {
    const single = establishmentFiltersSchema.safeParse({ [key]: value });
    if (single.success) {
      valid[key] = value;
    }
  }
  return establishmentFiltersSchema.parse(valid);
}
