import { breakGlassAccessSchema, type BreakGlassAccess } from '@tansiq/domain';
import { useMutation } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Ends one's own break-the-glass access before it runs out. */
export function useEndBreakGlass() {
  return useMutation({
    mutationFn: (breakGlassId: string): Promise<BreakGlassAccess> =>
      apiClient.post(`/api/break-glass/${encodeURIComponent(breakGlassId)}/end`, { schema: breakGlassAccessSchema }),
  });
}
