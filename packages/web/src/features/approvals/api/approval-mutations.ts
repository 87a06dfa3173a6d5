import {
  approvalDelegationViewSchema,
  approvalRequestViewSchema,
  attachmentSchema,
  type ApprovalAction,
  type CreateApprovalDelegationInput,
} from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ApiError, isApiError } from '../../../lib/api-error';
import { approvalKeys, approvalPath } from './approval-queries';

/** The actions the request page offers (editing a draft is not offered yet). */
export type ApprovalPageAction = Exclude<ApprovalAction, 'edit'>;

/** One action with the version the user saw (none for a comment) and a comment (required to reject or return). */
export interface ApprovalActionInput {
  action: ApprovalPageAction;
  version: number;
  comment: string;
}

function bodyOf({ action, version, comment }: ApprovalActionInput) {
  const text = comment.trim();
  if (action === 'comment') {
    return { comment: text };
  }
  return { version, comment: text === '' && action !== 'reject' && action !== 'return' ? null : text };
}

/** Takes an action; the answer replaces the request on screen, a 409 reloads it so the buttons match its state. */
export function useApprovalAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApprovalActionInput) =>
      apiClient.post(`${approvalPath(id)}/${input.action}`, { json: bodyOf(input), schema: approvalRequestViewSchema }),
    onSuccess: async (request) => {
      queryClient.setQueryData(approvalKeys.detail(id), request);
      await queryClient.invalidateQueries({ queryKey: ['approvals', 'list'] });
      await queryClient.invalidateQueries({ queryKey: ['mobility', 'impact', id] });
    },
    onError: async (error) => {
      if (isApiError(error) && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: approvalKeys.detail(id) });
      }
    },
  });
}

/** Uploads a file to a request as raw bytes (the server reads the real type from the content). */
export function useUploadApprovalAttachment(id: string, csrfToken: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const url = `${approvalPath(id)}/attachments?${new URLSearchParams({ fileName: file.name }).toString()}`;
      const response = await fetch(url, {
        method: 'POST',
        body: file,
        headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken },
      });
      const body: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        throw ApiError.fromResponse(response.status, body);
      }
      return attachmentSchema.parse(body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.detail(id) }),
  });
}

/** Delegates one's approvals while absent. */
export function useCreateDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateApprovalDelegationInput) =>
      apiClient.post('/api/approval-delegations', { json: input, schema: approvalDelegationViewSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.delegations }),
  });
}

/** Revokes a delegation one gave. */
export function useRevokeDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiClient.post(`/api/approval-delegations/${encodeURIComponent(id)}/revoke`, {
        json: {},
        schema: approvalDelegationViewSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: approvalKeys.delegations }),
  });
}
