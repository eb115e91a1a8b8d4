/**
 * The CSRF token of the current session, kept in memory only: the session code sets it from every
 * `SessionInfo` the API sends and clears it on sign-out or when the API says no one is signed in.
 * The API client reads it for every write.
 */
let currentToken: string | null = null;

export function getCsrfToken(): string | null {
  return currentToken;
}

export function setCsrfToken(token: string | null): void {
  currentToken = token;
}
