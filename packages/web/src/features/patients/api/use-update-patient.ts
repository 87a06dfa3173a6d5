import { patientSchema, updatePatientInputSchema, type UpdatePatientInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { patientQueryKey } from './use-patient-record';

/** Corrects a patient's identity, with the version read (409 when someone changed it meanwhile). */
export function useUpdatePatient(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePatientInput) =>
      apiClient.patch(`/api/patients/${encodeURIComponent(patientId)}`, {
        json: updatePatientInputSchema.parse(input),
        schema: patientSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientQueryKey(patientId) }),
  });
}
