import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';

/** Retries only what may succeed later (network errors and 5xx), twice at most. */
const shouldRetry = (failureCount: number, error: unknown) =>
  failureCount < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500);

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
    mutations: { retry: false },
  },
});
