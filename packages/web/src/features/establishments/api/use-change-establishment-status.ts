import {
  closeEstablishmentInputSchema,
  establishmentSchema,
  reopenEstablishmentInputSchema,
  type CloseEstablishmentInput,
  type ReopenEstablishmentInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

type StatusChange =
  { kind: 'close'; input: CloseEstablishmentInput } | { kind: 'reopen'; input: ReopenEstablishmentInput };

/** Closes an establishment (reason and date) or reopens it. */
export function useChangeEstablishmentStatus(establishmentId: string) {
  const queryClient = useQueryClient();
  const path = `/api/establishments/${encodeURIComponent(establishmentId)}`;
  return useMutation({
    mutationFn: (change: StatusChange) =>
      change.kind === 'close'
        ? apiClient.post(`${path}/close`, {
            json: closeEstablishmentInputSchema.parse(change.input),
            schema: establishmentSchema,
          })
        : apiClient.post(`${path}/reopen`, {
            json: reopenEstablishmentInputSchema.parse(change.input),
            schema: establishmentSchema,
          }),
    onSuccess: async (establishment) => {
      queryClient.setQueryData(['establishments', 'detail', establishment.id], establishment);
      await queryClient.invalidateQueries({ queryKey: ['establishments'] });
      await queryClient.invalidateQueries({ queryKey: ['overview'] });
    },
  });
}
