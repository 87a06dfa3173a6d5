import {
  approvalRequestViewSchema,
  rosterSwapOptionsSchema,
  rosterSwapSubjectSchema,
  rosterSwapViewSchema,
  ROSTER_SWAP_REQUEST_TYPE,
  type RosterSwapSubjectInput,
} from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** What the swap form offers for a shift: colleagues who could take it, and their shifts to exchange. */
export function useSwapOptions(shift: { rosterId: string; shiftId: string } | null) {
  return useQuery({
    queryKey: ['rosters', 'swap-options', shift?.rosterId, shift?.shiftId],
    queryFn: ({ signal }) =>
      apiClient.get(
        `/api/rosters/${encodeURIComponent(shift?.rosterId ?? '')}/shifts/${encodeURIComponent(shift?.shiftId ?? '')}/swap-options`,
        { schema: rosterSwapOptionsSchema, signal },
      ),
    enabled: shift !== null,
  });
}

/** Raises (and submits) a swap request; the server checks the roster rules (422 with the rule). */
export function useCreateRosterSwap() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { subject: RosterSwapSubjectInput; originEstablishmentId: string }) =>
      apiClient.post('/api/approval-requests', {
        json: {
          type: ROSTER_SWAP_REQUEST_TYPE,
          subject: rosterSwapSubjectSchema.parse(input.subject),
          originEstablishmentId: input.originEstablishmentId,
          destinationEstablishmentId: null,
          submit: true,
        },
        schema: approvalRequestViewSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['approvals', 'list'] }),
  });
}

/** A swap request's shifts, people and (while open) the rules it would break today. */
export function useRosterSwap(requestId: string) {
  return useQuery({
    queryKey: ['rosters', 'swap', requestId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/approval-requests/${encodeURIComponent(requestId)}/roster-swap`, {
        schema: rosterSwapViewSchema,
        signal,
      }),
  });
}
