import { patientRecordSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The query key of a patient's record (and, below it, its versions). */
export const patientQueryKey = (patientId: string) => ['patients', 'detail', patientId] as const;

/**
 * A patient's record; each load is an audited opening on the server. 404 when the patient does not exist or the user
 * has no care relationship, identity role or running break-the-glass access.
 */
export function usePatientRecord(patientId: string) {
  return useQuery({
    queryKey: patientQueryKey(patientId),
    queryFn: ({ signal }) =>
      apiClient.get(`/api/patients/${encodeURIComponent(patientId)}`, { schema: patientRecordSchema, signal }),
  });
}
