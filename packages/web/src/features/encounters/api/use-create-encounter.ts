import { createEncounterInputSchema, encounterSchema, type CreateEncounterInput, type Encounter } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { patientEncountersKey } from './use-patient-encounters';

/** Records an encounter of the patient; the timeline refreshes on success. */
export function useCreateEncounter(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateEncounterInput): Promise<Encounter> =>
      apiClient.post(`/api/patients/${encodeURIComponent(patientId)}/encounters`, {
        json: createEncounterInputSchema.parse(input),
        schema: encounterSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: patientEncountersKey(patientId) }),
  });
}
