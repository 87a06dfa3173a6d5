import { gstSchema, updateGstInputSchema, type UpdateGstInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Changes a GST's status, start date, names or settings (national administrators). */
export function useUpdateGst() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ gstId, input }: { gstId: string; input: UpdateGstInput }) =>
      apiClient.patch(`/api/gsts/${encodeURIComponent(gstId)}`, {
        json: updateGstInputSchema.parse(input),
        schema: gstSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['gsts'] });
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
