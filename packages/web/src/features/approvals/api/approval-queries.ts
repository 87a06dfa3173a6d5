import {
  approvalDelegationListSchema,
  approvalRequestListSchema,
  approvalRequestViewSchema,
  timeToDecisionStatsSchema,
  type ApprovalWorklist,
} from '@tansiq/domain';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '../../../lib/api-client';

/** The URL of a request and its sub-resources. */
export const approvalPath = (id: string): string => `/api/approval-requests/${encodeURIComponent(id)}`;

export const approvalKeys = {
  all: ['approvals'] as const,
  list: (view: ApprovalWorklist) => ['approvals', 'list', view] as const,
  detail: (id: string) => ['approvals', 'detail', id] as const,
  stats: ['approvals', 'stats'] as const,
  delegations: ['approvals', 'delegations'] as const,
  candidates: ['approvals', 'candidates'] as const,
};

/** A worklist: mine, to decide (in person or as delegate), decided. */
export function useApprovalRequests(view: ApprovalWorklist) {
  return useQuery({
    queryKey: approvalKeys.list(view),
    queryFn: ({ signal }) =>
      apiClient.get('/api/approval-requests', { query: { view }, schema: approvalRequestListSchema, signal }),
  });
}

/** One request: chain, history, files and the actions this user may take now. */
export function useApprovalRequest(id: string) {
  return useQuery({
    queryKey: approvalKeys.detail(id),
    queryFn: ({ signal }) => apiClient.get(approvalPath(id), { schema: approvalRequestViewSchema, signal }),
  });
}

/** Time from submission to decision per request type (GST management only: 403 otherwise). */
export function useApprovalStats(enabled: boolean) {
  return useQuery({
    queryKey: approvalKeys.stats,
    enabled,
    queryFn: ({ signal }) =>
      apiClient.get('/api/approval-requests/stats', { schema: timeToDecisionStatsSchema, signal }),
  });
}

/** The delegations the user gave or received. */
export function useDelegations() {
  return useQuery({
    queryKey: approvalKeys.delegations,
    queryFn: ({ signal }) =>
      apiClient.get('/api/approval-delegations', { schema: approvalDelegationListSchema, signal }),
  });
}

const candidatesSchema = z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string() })) });

/** The users of the GST one may delegate to. */
export function useDelegationCandidates() {
  return useQuery({
    queryKey: approvalKeys.candidates,
    queryFn: ({ signal }) =>
      apiClient.get('/api/approval-delegations/candidates', { schema: candidatesSchema, signal }),
  });
}
