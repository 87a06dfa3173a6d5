import { referralSummarySchema } from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The referrals of a patient the user may see, for the patient page. */
export function usePatientReferrals(patientId: string) {
  return useQuery({
    queryKey: ['referrals', 'patient', patientId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/patients/${encodeURIComponent(patientId)}/referrals`, {
        schema: z.array(referralSummarySchema),
        signal,
      }),
  });
}
