import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { reactToSessionError } from '../features/auth/utils/session-cache';
import { ApiError } from '../lib/api-client';

const MAX_RETRIES = 2;

interface QueryClientOptions {
  /** Tests turn retries off, so a failing request shows its error state at once. */
  retry?: boolean;
}

export function createQueryClient({ retry = true }: QueryClientOptions = {}): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    // Any request can find the session gone or the CSRF token stale; one place handles both.
    queryCache: new QueryCache({ onError: (error) => reactToSessionError(queryClient, error) }),
    mutationCache: new MutationCache({ onError: (error) => reactToSessionError(queryClient, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx (bad id, unknown town) will not change by asking again; network errors and 5xx might.
        retry: (failureCount, error) =>
          retry &&
          failureCount < MAX_RETRIES &&
          !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  });
  return queryClient;
}
