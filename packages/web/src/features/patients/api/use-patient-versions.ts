import { patientVersionSchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';
import { patientQueryKey } from './use-patient-record';

/** Who changed what in a patient's identity; loaded only when the history is opened (reading it is audited). */
export function usePatientVersions(patientId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...patientQueryKey(patientId), 'versions'],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/patients/${encodeURIComponent(patientId)}/versions`, {
        schema: z.array(patientVersionSchema),
        signal,
      }),
    enabled,
  });
}
