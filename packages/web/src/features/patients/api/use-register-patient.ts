import { patientRegistrationSchema, registerPatientInputSchema, type RegisterPatientInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { patientQueryKey } from './use-patient-record';
import { patientSearchKey } from './use-patient-search';

interface RegisterPatient {
  patientId: string;
  input: RegisterPatientInput;
}

/** Attaches a patient found by the search to the desk's establishment, with its local number (IPP) when known. */
export function useRegisterPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patientId, input }: RegisterPatient) =>
      apiClient.post(`/api/patients/${encodeURIComponent(patientId)}/registrations`, {
        json: registerPatientInputSchema.parse(input),
        schema: patientRegistrationSchema,
      }),
    onSuccess: async (_registration, { patientId }) => {
      queryClient.removeQueries({ queryKey: patientSearchKey });
      await queryClient.invalidateQueries({ queryKey: patientQueryKey(patientId) });
    },
  });
}
