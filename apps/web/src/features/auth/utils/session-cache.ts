import { type QueryClient } from '@tanstack/react-query';
import { AccountErrorCode, type SessionInfo } from '@twinning/contracts';
import { ApiError } from '../../../lib/api-client';
import { setCsrfToken } from '../../../lib/csrf-token';

export const SESSION_QUERY_KEY = ['session'] as const;

const SESSION_IS_STALE = new Set<string>([AccountErrorCode.CsrfTokenInvalid, AccountErrorCode.TwoFactorSetupRequired]);

/**
 * Records who is signed in after any answer that says so (GET /me, sign-in, registration,
 * accepting an invitation, sign-out): the session query and the CSRF token always move together.
 */
export function storeSession(queryClient: QueryClient, session: SessionInfo | null): void {
  // A GET /me still on its way was asked before this answer (a sign-out right after a page asked
  // who is signed in): it must not put the old session back over this one.
  void queryClient.cancelQueries({ queryKey: SESSION_QUERY_KEY });
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData<SessionInfo | null>(SESSION_QUERY_KEY, session);
}

/**
 * The session is over (signed out, or ended on the server): nothing fetched for that account
 * (user lists, audit events) may outlive it. The session query itself stays, so everything that
 * shows it hears the change.
 */
export function forgetSession(queryClient: QueryClient): void {
  storeSession(queryClient, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
}

/**
 * Called for every failed query and mutation. A 401 `not_signed_in` means the session ended on
 * the server (expired, signed out in another tab): the client forgets it, so the page asks the
 * person to sign in again. A refused CSRF token means ours is stale: ask /me for the current one.
 * So does "set up two-factor sign-in first" (the account became a moderator, or the rule was turned
 * on, while signed in): the session then says so, and the pages lead to the account page.
 */
export function reactToSessionError(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && error.code === AccountErrorCode.NotSignedIn) {
    forgetSession(queryClient);
  } else if (error.status === 403 && SESSION_IS_STALE.has(error.code)) {
    void queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY });
  }
}
