import {
  approvalRequestViewSchema,
  mobilityImpactSchema,
  mobilityOptionsSchema,
  MOBILITY_REQUEST_TYPE,
  type MobilitySubjectInput,
} from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** What the form offers: destinations, the establishments the user raises mobilities for, and their staff. */
export function useMobilityOptions(fromEstablishmentId: string | null) {
  return useQuery({
    queryKey: ['mobility', 'options', fromEstablishmentId],
    queryFn: ({ signal }) =>
      apiClient.get('/api/mobility/options', {
        query: { fromEstablishmentId: fromEstablishmentId ?? undefined },
        schema: mobilityOptionsSchema,
        signal,
      }),
  });
}

/** The impact of a mobility request: conflicts, staff counts, WISN, on-call lines, assignments created. */
export function useMobilityImpact(requestId: string) {
  return useQuery({
    queryKey: ['mobility', 'impact', requestId],
    queryFn: ({ signal }) =>
      apiClient.get(`/api/approval-requests/${encodeURIComponent(requestId)}/mobility-impact`, {
        schema: mobilityImpactSchema,
        signal,
      }),
  });
}

/** Raises (and submits) a mobility request. */
export function useCreateMobility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subject: MobilitySubjectInput) =>
      apiClient.post('/api/approval-requests', {
        json: {
          type: MOBILITY_REQUEST_TYPE,
          subject,
          originEstablishmentId: subject.fromEstablishmentId,
          destinationEstablishmentId: subject.toEstablishmentId,
          submit: true,
        },
        schema: approvalRequestViewSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['approvals', 'list'] }),
  });
}

/** Saves the corrected subject of a returned (or draft) mobility request at the version the user saw. */
export function useEditMobility(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; subject: MobilitySubjectInput }) =>
      apiClient.patch(`/api/approval-requests/${encodeURIComponent(requestId)}`, {
        json: { version: input.version, subject: input.subject },
        schema: approvalRequestViewSchema,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['approvals'] });
      await queryClient.invalidateQueries({ queryKey: ['mobility', 'impact', requestId] });
    },
  });
}
