import { auditPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { auditPageSize, type AuditFilters } from './audit-filters';

/** One page of the GST's audit trail, newest first. */
export function useAuditEvents(gstId: string, filters: AuditFilters) {
  const query = { gstId, ...filters, pageSize: auditPageSize };
  return useQuery({
    queryKey: ['audit-events', query],
    queryFn: ({ signal }) => apiClient.get('/api/audit-events', { query, schema: auditPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
