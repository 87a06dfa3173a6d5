import { hrDashboardSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The dashboard's selection: a GST, a month (`YYYY-MM`) and a province ('' for the whole GST). */
export interface HrDashboardFilters {
  gstId: string;
  month: string;
  provinceCode: string;
}

/** The HR dashboards of the selection (`GET /api/hr-dashboard`); not asked for when `enabled` is false. */
export function useHrDashboard({ gstId, month, provinceCode }: HrDashboardFilters, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['hr-dashboard', gstId, month, provinceCode],
    queryFn: ({ signal }) =>
      apiClient.get('/api/hr-dashboard', {
        query: { gstId, month, ...(provinceCode ? { provinceCode } : {}) },
        schema: hrDashboardSchema,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}
