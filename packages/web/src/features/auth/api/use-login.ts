import { loginInputSchema, meSchema, type LoginInput } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from './me-query';

/** Signs in; a 401 here means wrong credentials, not "go to the login page". */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginInput) => {
      const me = await apiClient.post('/api/auth/login', {
        json: loginInputSchema.parse(input),
        schema: meSchema,
        ignoreUnauthenticated: true,
      });
      apiClient.setCsrfToken(me.csrfToken);
      return me;
    },
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
