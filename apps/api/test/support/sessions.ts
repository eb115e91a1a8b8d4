import { CSRF_HEADER, type Role, SESSION_COOKIE } from '@twinning/contracts';
import type request from 'supertest';
import { SessionService } from '../../src/auth/session.service';
import { type TestApp } from './test-app';

/** What a signed-in browser sends: its session cookie and the session's CSRF token. */
export interface TestSession {
  cookie: string;
  csrfToken: string;
  token: string;
}

/** Starts a session for the user as sign-in would, without spending an argon2 verification on it. */
export async function startSession(t: TestApp, userId: string, role?: Role): Promise<TestSession> {
  const { token, csrfToken } = await t.app.get(SessionService).startSession(userId, undefined, role);
  return { token, csrfToken, cookie: `${SESSION_COOKIE}=${token}` };
}

/** Adds the session's cookie and, for writes, its CSRF token to a request. */
export function withSession(test: request.Test, session: TestSession | undefined): request.Test {
  if (!session) return test;
  return test.set('Cookie', session.cookie).set(CSRF_HEADER, session.csrfToken);
}

/** The session token a Set-Cookie header hands out, if any. */
export function sessionTokenFrom(response: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return cookie?.split(';')[0].slice(SESSION_COOKIE.length + 1) || undefined;
}
