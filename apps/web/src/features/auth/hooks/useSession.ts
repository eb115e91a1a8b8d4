import { useQuery } from '@tanstack/react-query';
import { type Account } from '@twinning/contracts';
import { setCsrfToken } from '../../../lib/csrf-token';
import { fetchSession } from '../api/auth.api';
import { SESSION_QUERY_KEY } from '../utils/session-cache';

// Sign-in and sign-out update the session themselves; this only catches changes made elsewhere
// (another tab, an admin's decision) when the person comes back to the page.
const SESSION_STALE_MS = 5 * 60_000;

export interface SessionState {
  /** The signed-in account, or null for a visitor (and while the session is unknown). */
  account: Account | null;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => void;
}

export function useSession(): SessionState {
  const session = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: async ({ signal }) => {
      const info = await fetchSession(signal);
      setCsrfToken(info?.csrfToken ?? null);
      return info;
    },
    staleTime: SESSION_STALE_MS,
  });
  return {
    account: session.data?.account ?? null,
    isPending: session.isPending,
    isError: session.isError,
    error: session.error,
    refetch: () => void session.refetch(),
  };
}
