import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Ends the session and forgets every cached answer. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.send('POST', '/api/auth/logout', { ignoreUnauthenticated: true }),
    onSettled: () => {
      apiClient.setCsrfToken(null);
      queryClient.clear();
    },
  });
}
