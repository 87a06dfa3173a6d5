import { approvalConfigListSchema, type ApprovalChain } from '@tansiq/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const configKey = (gstId: string) => ['approvals', 'configs', gstId] as const;

/** The GST's approval chains per request type. */
export function useApprovalConfigs(gstId: string) {
  return useQuery({
    queryKey: configKey(gstId),
    queryFn: () => apiClient.get(`/api/approval-configs?gstId=${gstId}`, { schema: approvalConfigListSchema }),
  });
}

/** Saves one type's chains with the time they were read (null: the defaults), so a concurrent save is refused. */
export function useSaveApprovalConfig(gstId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { type: string; chains: ApprovalChain[]; expectedUpdatedAt: string | null }) =>
      apiClient.request('PUT', `/api/approval-configs/${input.type}`, {
        json: { gstId, chains: input.chains, expectedUpdatedAt: input.expectedUpdatedAt },
        schema: approvalConfigListSchema,
      }),
    onSuccess: (list) => queryClient.setQueryData(configKey(gstId), list),
  });
}
