import {
  breakGlassAccessSchema,
  reviewBreakGlassInputSchema,
  type BreakGlassAccess,
  type ReviewBreakGlassInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Records the DPO's decision on an access; the list refreshes. */
export function useReviewBreakGlass(accessId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewBreakGlassInput): Promise<BreakGlassAccess> =>
      apiClient.post(`/api/break-glass-accesses/${encodeURIComponent(accessId)}/review`, {
        json: reviewBreakGlassInputSchema.parse(input),
        schema: breakGlassAccessSchema,
      }),
    // Also after a failure: a 409 means someone reviewed it meanwhile, and the list should show it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['break-glass-accesses'] }),
  });
}
