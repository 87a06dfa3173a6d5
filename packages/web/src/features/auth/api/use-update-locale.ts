import { meSchema, updateMeInputSchema, type Locale } from '@tansiq/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryKey } from './me-query';

/** Remembers the user's language on the server, so it follows them to other devices. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) =>
      apiClient.patch('/api/me', { json: updateMeInputSchema.parse({ locale }), schema: meSchema }),
    onSuccess: (me) => {
      apiClient.setCsrfToken(me.csrfToken);
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
