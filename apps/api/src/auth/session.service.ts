import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Role, SESSION_COOKIE, type SessionInfo } from '@twinning/contracts';
import { type CookieOptions, type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { toAccount } from '../users/user.mapper';
import { type Caller } from './current-account.decorator';
import { SessionsRepository } from './sessions.repository';
import { mustSetUpTwoFactor } from './two-factor-policy';

const HOUR_MS = 3600_000;

/**
 * A staff session ends after two weeks without use, and after 30 days whatever happens. Admins
 * and moderators can change every account and publication, so theirs end after an hour without
 * use and after 12 hours at most.
 */
export const SESSION_LIFETIMES: Record<'staff' | 'privileged', { idleMs: number; absoluteMs: number }> = {
  staff: { idleMs: 14 * 24 * HOUR_MS, absoluteMs: 30 * 24 * HOUR_MS },
  privileged: { idleMs: HOUR_MS, absoluteMs: 12 * HOUR_MS },
};

function lifetimeOf(role: Role) {
  return role === 'staff' ? SESSION_LIFETIMES.staff : SESSION_LIFETIMES.privileged;
}
/** Sliding the expiry costs a write; once a minute per session is plenty. */
const TOUCH_INTERVAL_MS = 60_000;

export interface NewSession {
  token: string;
  csrfToken: string;
}

/** A session just started, and what its owner is told about it. */
export interface SignedIn {
  session: NewSession;
  info: SessionInfo;
}

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `role` sets how long it lasts (the check at each request also applies the role's limits). */
  async startSession(userId: string, transaction?: Transaction, role: Role = 'staff'): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.sessions.create({ tokenHash: hashToken(token), userId, csrfToken, expiresAt: new Date(Date.now() + lifetimeOf(role).idleMs) }, transaction);
    return { token, csrfToken };
  }

  /** Signs the user in: a new session, and what its owner is told (the account and the session's CSRF token). */
  async startSessionFor(user: UserEntity, transaction?: Transaction): Promise<SignedIn> {
    const session = await this.startSession(user.id, transaction, user.role);
    return { session, info: this.sessionInfo(user, session.csrfToken) };
  }

  /** What the signed-in person is told about their account and session. */
  sessionInfo(user: UserEntity, csrfToken: string): SessionInfo {
    return { account: toAccount(user, mustSetUpTwoFactor(user, this.config)), csrfToken };
  }

  /**
   * The caller behind a session cookie, or undefined when it is unknown, expired, or its account
   * deactivated. The limits of the account's role today apply, so a session started before a
   * promotion to moderator ends as a moderator's would.
   */
  async resolveCaller(token: string | undefined): Promise<Caller | undefined> {
    if (!token) return undefined;
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return undefined;
    const now = Date.now();
    const lifetime = lifetimeOf(session.user.role);
    const endsAt = Math.min(session.lastSeenAt.getTime() + lifetime.idleMs, session.createdAt.getTime() + lifetime.absoluteMs);
    if (now >= endsAt) {
      await this.sessions.deleteByTokenHash(session.tokenHash);
      return undefined;
    }
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.sessions.touch(session.id, new Date(Math.min(now + lifetime.idleMs, session.createdAt.getTime() + lifetime.absoluteMs)));
    }
    return { user: session.user, session };
  }

  async endSession(token: string | undefined): Promise<void> {
    if (token) await this.sessions.deleteByTokenHash(hashToken(token));
  }

  async endAllSessionsOf(userId: string, transaction?: Transaction): Promise<void> {
    await this.sessions.deleteAllOfUser(userId, transaction);
  }

  /** After a password change: every other browser of the user is signed out, this one stays. */
  async endOtherSessionsOf(userId: string, keepSessionId: string, transaction: Transaction): Promise<void> {
    await this.sessions.deleteOthersOfUser(userId, keepSessionId, transaction);
  }

  /**
   * Hands the browser its new session: a new id at every sign-in, and the session it had before
   * (if any) ends, so a session id planted before sign-in is worth nothing after it.
   */
  async replaceSession(request: Request, response: Response, signedIn: SignedIn): Promise<SessionInfo> {
    await this.endSession(this.tokenFrom(request));
    this.setCookie(response, signedIn.session);
    return signedIn.info;
  }

  tokenFrom(request: Request): string | undefined {
    return (request.cookies as Record<string, string> | undefined)?.[this.cookie.name];
  }

  setCookie(response: Response, session: NewSession): void {
    response.cookie(this.cookie.name, session.token, { ...this.cookie.options, maxAge: SESSION_LIFETIMES.staff.absoluteMs });
  }

  clearCookie(response: Response): void {
    response.clearCookie(this.cookie.name, this.cookie.options);
  }

  private get cookie(): { name: string; options: CookieOptions } {
    return sessionCookie(this.config.nodeEnv);
  }
}

/**
 * The session cookie. In production `__Host-` prefixed, which browsers accept only when it is
 * Secure, for Path=/ and without Domain, so neither plain HTTP nor a sibling subdomain can set or
 * overwrite it. Elsewhere plain, so the portal works over http://localhost.
 */
export function sessionCookie(nodeEnv: AppConfig['nodeEnv']): { name: string; options: CookieOptions } {
  const production = nodeEnv === 'production';
  return { name: production ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE, options: { httpOnly: true, sameSite: 'lax', secure: production, path: '/' } };
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

export function csrfTokenMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
