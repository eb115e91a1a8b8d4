import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SESSION_COOKIE, type SessionInfo } from '@twinning/contracts';
import { type CookieOptions, type Request, type Response } from 'express';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { toAccount } from '../users/user.mapper';
import { type Caller } from './current-account.decorator';
import { SessionsRepository } from './sessions.repository';

/** A session ends after two weeks without use, and after 30 days whatever happens. */
const IDLE_LIFETIME_MS = 14 * 24 * 3600_000;
const ABSOLUTE_LIFETIME_MS = 30 * 24 * 3600_000;
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

  async startSession(userId: string, transaction?: Transaction): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    await this.sessions.create({ tokenHash: hashToken(token), userId, csrfToken, expiresAt: new Date(Date.now() + IDLE_LIFETIME_MS) }, transaction);
    return { token, csrfToken };
  }

  /** Signs the user in: a new session, and what its owner is told (the account and the session's CSRF token). */
  async startSessionFor(user: UserEntity, transaction?: Transaction): Promise<SignedIn> {
    const session = await this.startSession(user.id, transaction);
    return { session, info: { account: toAccount(user), csrfToken: session.csrfToken } };
  }

  /** The caller behind a session cookie, or undefined when it is unknown, expired, or its account deactivated. */
  async resolveCaller(token: string | undefined): Promise<Caller | undefined> {
    if (!token) return undefined;
    const session = await this.sessions.findLive(hashToken(token));
    if (!session) return undefined;
    const now = Date.now();
    if (now - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      const expiresAt = new Date(Math.min(now + IDLE_LIFETIME_MS, session.createdAt.getTime() + ABSOLUTE_LIFETIME_MS));
      await this.sessions.touch(session.id, expiresAt);
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
    return (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
  }

  setCookie(response: Response, session: NewSession): void {
    response.cookie(SESSION_COOKIE, session.token, { ...this.cookieOptions(), maxAge: ABSOLUTE_LIFETIME_MS });
  }

  clearCookie(response: Response): void {
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  private cookieOptions(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.nodeEnv === 'production', path: '/' };
  }
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
