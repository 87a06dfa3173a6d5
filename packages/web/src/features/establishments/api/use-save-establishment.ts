import {
  createEstablishmentInputSchema,
  establishmentSchema,
  updateEstablishmentInputSchema,
  type CreateEstablishmentInput,
  type Establishment,
  type UpdateEstablishmentInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

type SaveEstablishment =
  | { kind: 'create'; input: CreateEstablishmentInput }
  | { kind: 'update'; establishmentId: string; input: UpdateEstablishmentInput };

/** Registers an establishment or changes one (with its version, so a concurrent change answers 409). */
export function useSaveEstablishment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveEstablishment): Promise<Establishment> =>
      save.kind === 'create'
        ? apiClient.post('/api/establishments', {
            json: createEstablishmentInputSchema.parse(save.input),
            schema: establishmentSchema,
          })
        : apiClient.patch(`/api/establishments/${encodeURIComponent(save.establishmentId)}`, {
            json: updateEstablishmentInputSchema.parse(save.input),
            schema: establishmentSchema,
          }),
    onSuccess: async (establishment) => {
      queryClient.setQueryData(['establishments', 'detail', establishment.id], establishment);
      await queryClient.invalidateQueries({ queryKey: ['establishments'] });
      await queryClient.invalidateQueries({ queryKey: ['overview'] });
    },
  });
}
