import { meSchema, type Me } from '@tansiq/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const meQueryKey = ['me'] as const;

/** Loads the signed-in user and remembers the session's CSRF token for later writes. */
export async function fetchMe(): Promise<Me> {
  const me = await apiClient.get('/api/me', { schema: meSchema });
  apiClient.setCsrfToken(me.csrfToken);
  return me;
}

export const meQuery = queryOptions({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
