import { assignmentInputSchema, userSchema, type AssignmentInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

type AssignmentChange =
  { kind: 'add'; userId: string; input: AssignmentInput } | { kind: 'end'; userId: string; assignmentId: string };

/** Grants a user one more role, or ends one of their assignments (from today). */
export function useChangeAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: AssignmentChange) => {
      const userPath = `/api/users/${encodeURIComponent(change.userId)}/assignments`;
      return change.kind === 'add'
        ? apiClient.post(userPath, { json: assignmentInputSchema.parse(change.input), schema: userSchema })
        : apiClient.post(`${userPath}/${encodeURIComponent(change.assignmentId)}/end`, { schema: userSchema });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
