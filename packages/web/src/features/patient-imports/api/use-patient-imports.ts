import { patientImportPageSchema } from '@tansiq/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const patientImportsQueryKey = ['patient-imports'] as const;
export const patientImportHistoryPageSize = 10;

/** One page of the GST's import history (the server keeps to the establishments the user imports for). */
export function usePatientImports(gstId: string, page: number) {
  const query = { gstId, page, pageSize: patientImportHistoryPageSize };
  return useQuery({
    queryKey: [...patientImportsQueryKey, 'list', query],
    queryFn: ({ signal }) => apiClient.get('/api/patient-imports', { query, schema: patientImportPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
