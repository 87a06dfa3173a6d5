import { updateUserInputSchema, userSchema, type UpdateUserInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Changes a user's name, email, password or active flag (deactivation keeps the history). */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, input }: { userId: string; input: UpdateUserInput }) =>
      apiClient.patch(`/api/users/${encodeURIComponent(userId)}`, {
        json: updateUserInputSchema.parse(input),
        schema: userSchema,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
