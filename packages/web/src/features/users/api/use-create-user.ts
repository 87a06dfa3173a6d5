import { createUserInputSchema, userSchema, type CreateUserInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Creates a user with their first role assignments. */
export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) =>
      apiClient.post('/api/users', { json: createUserInputSchema.parse(input), schema: userSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
