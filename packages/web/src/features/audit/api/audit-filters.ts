import { searchAuditQuerySchema } from '@tansiq/domain';
import type { z } from 'zod';

/** The audit filters the URL holds (the GST comes from the session). */
export const auditFiltersSchema = searchAuditQuerySchema.omit({ gstId: true, pageSize: true, actorUserId: true });
export type AuditFilters = z.output<typeof auditFiltersSchema>;

export const auditPageSize = 50;

/** Reads the URL; a bad value drops that filter rather than failing the page. */
export function parseAuditFilters(search: Record<string, unknown>): AuditFilters {
  const valid = Object.fromEntries(
    Object.entries(search).filter(([key, value]) => auditFiltersSchema.safeParse({ [key]: value }).success),
  );
  return auditFiltersSchema.parse(valid);
}
