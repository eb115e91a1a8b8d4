import { randomBytes } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { AccountErrorCode, type RegisterRequest, type SecondFactorChallenge } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AppException } from '../common/errors/app.exception';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type UserEntity } from '../users/user.entity';
import { auditedUserFields } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthException } from './auth.errors';
import { EmailConfirmationService } from './email-confirmation.service';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { hashToken, SessionService, type SignedIn } from './session.service';
import { SignInThrottle } from './sign-in-throttle';
import { TwoFactorService } from './two-factor.service';

export { assertAcceptablePassword } from './password-policy';

/** How long the step between a right password and the authenticator code may take. */
const SIGN_IN_CHALLENGE_LIFETIME_MS = 5 * 60_000;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly sessions: SessionService,
    private readonly throttle: SignInThrottle,
    private readonly tokens: AccountTokensRepository,
    private readonly passwords: PasswordHasher,
    private readonly twoFactor: TwoFactorService,
    private readonly emailConfirmation: EmailConfirmationService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /**
   * The password step. An account with two-factor sign-in gets a challenge instead of a session,
   * and its right password does not count as a success yet: wrong codes after it keep counting
   * against the same limit as wrong passwords.
   */
  async signIn(email: string, password: string, address: string): Promise<SignedIn | SecondFactorChallenge> {
    const attempt = await this.throttle.reserve(email, address);
    const user = await this.users.findByEmail(email);
    // Hash even when there is no such account, so the answer takes as long either way.
    const passwordMatches = await this.passwords.verify(user?.passwordHash, password);
    if (!user || !passwordMatches) {
      await this.throttle.settle(attempt, false);
      throw AuthException.invalidCredentials();
    }
    if (user.deactivatedAt || user.totpEnabledAt) await this.throttle.release(attempt);
    if (user.deactivatedAt) throw AuthException.deactivated();
    if (user.totpEnabledAt) {
      const challengeToken = randomBytes(32).toString('base64url');
      await this.tokens.insert([{ tokenHash: hashToken(challengeToken), purpose: 'sign_in_challenge', userId: user.id, expiresAt: new Date(Date.now() + SIGN_IN_CHALLENGE_LIFETIME_MS) }]);
      return { secondFactorRequired: true, challengeToken };
    }
    await this.throttle.settle(attempt, true);
    return this.completeSignIn(user);
  }

  /** The code step: a right code (or unused recovery code) turns the challenge into a session. */
  async signInWithSecondFactor(challengeToken: string, code: string, address: string): Promise<SignedIn> {
    const challenge = await this.tokens.findOpen(hashToken(challengeToken), 'sign_in_challenge');
    const user = challenge ? await this.users.findById(challenge.userId) : null;
    if (!challenge || !user || user.deactivatedAt) throw AuthException.signInChallengeInvalid();
    const attempt = await this.throttle.reserve(user.email, address);
    const codeMatches = await this.twoFactor.verifyCode(user, code);
    await this.throttle.settle(attempt, codeMatches);
    if (!codeMatches) throw AuthException.wrongCode();
    if (!(await this.tokens.consume(hashToken(challengeToken), 'sign_in_challenge'))) throw AuthException.signInChallengeInvalid();
    return this.completeSignIn(user);
  }

  /**
   * A signed-in user changes their password, proving they know the current one (wrong guesses
   * count against the same limits as sign-in). The account's other sessions end; this one stays.
   */
  async changePassword(user: UserEntity, sessionId: string, currentPassword: string, password: string, address: string): Promise<void> {
    const attempt = await this.throttle.reserve(user.email, address);
    const matches = await this.passwords.verify(user.passwordHash, currentPassword);
    await this.throttle.settle(attempt, matches);
    if (!matches) throw AuthException.wrongPassword();
    assertAcceptablePassword(password);
    const passwordHash = await this.passwords.hash(password);
    await this.transactions.run(async (transaction) => {
      await this.users.update(user.id, { passwordHash }, transaction);
      await this.sessions.endOtherSessionsOf(user.id, sessionId, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'user.password_changed', entityType: 'user', entityId: user.id });
    });
  }

  /** The account exists, signed in, and must prove its address (a link goes to it) before it joins the verification queue. */
  async register(request: RegisterRequest): Promise<SignedIn> {
    assertAcceptablePassword(request.password);
    if (!(await this.municipalities.findById(request.municipalityId))) {
      throw new ValidationException([{ field: 'municipalityId', rule: 'unknown_municipality', reason: 'is not a known municipality' }]);
    }
    const passwordHash = await this.passwords.hash(request.password);
    const { user, signedIn } = await this.transactions.run(async (transaction) => {
      if (await this.users.emailExists(request.email, transaction)) throw emailTaken();
      const created = await this.users
        .insert({ email: request.email, displayName: request.displayName, passwordHash, role: 'staff', municipalityId: request.municipalityId, verifiedAt: null, emailConfirmedAt: null }, transaction)
        .catch(rethrowEmailTaken);
      await this.audit.record(transaction, { actorId: created.id, action: 'user.registered', entityType: 'user', entityId: created.id, after: auditedUserFields(created) });
      return { user: created, signedIn: await this.sessions.startSessionFor(created, transaction) };
    });
    await this.emailConfirmation.sendFirstLink(user);
    return signedIn;
  }

  private async completeSignIn(user: UserEntity): Promise<SignedIn> {
    await this.users.update(user.id, { lastSignInAt: new Date() });
    return this.sessions.startSessionFor(user);
  }
}

export function emailTaken(): AppException {
  return new AppException(HttpStatus.CONFLICT, AccountErrorCode.EmailTaken, 'An account with this e-mail address already exists.');
}

/** Two registrations of one address at once: the unique index decides, the loser gets 409. */
export function rethrowEmailTaken(error: unknown): never {
  if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw emailTaken();
  throw error;
}
