import { HttpStatus, Injectable } from '@nestjs/common';
import { AccountErrorCode, type RegisterRequest } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type UserEntity } from '../users/user.entity';
import { auditedUserFields } from '../users/user.mapper';
import { UsersRepository } from '../users/users.repository';
import { AuthException, TooManyAttemptsException } from './auth.errors';
import { PasswordHasher } from './password-hasher';
import { passwordProblem } from './password-policy';
import { SessionService, type SignedIn } from './session.service';
import { SessionsRepository } from './sessions.repository';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';

/** Failed sign-ins allowed per account (since its last success) and per address within the window. */
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly sessions: SessionService,
    private readonly attempts: SessionsRepository,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  async signIn(email: string, password: string, address: string): Promise<SignedIn> {
    await this.refuseWhenRateLimited(email, address);
    const user = await this.users.findByEmail(email);
    // Hash even when there is no such account, so the answer takes as long either way.
    const passwordMatches = await this.passwords.verify(user?.passwordHash, password);
    await this.attempts.recordAttempt({ email, address, succeeded: Boolean(user && passwordMatches) });
    if (!user || !passwordMatches) throw AuthException.invalidCredentials();
    if (user.deactivatedAt) throw AuthException.deactivated();
    await this.users.update(user.id, { lastSignInAt: new Date() });
    return this.sessions.startSessionFor(user);
  }

  /**
   * A signed-in user changes their password, proving they know the current one (wrong guesses
   * count against the same limits as sign-in). The account's other sessions end; this one stays.
   */
  async changePassword(user: UserEntity, sessionId: string, currentPassword: string, password: string, address: string): Promise<void> {
    await this.refuseWhenRateLimited(user.email, address);
    const matches = await this.passwords.verify(user.passwordHash, currentPassword);
    await this.attempts.recordAttempt({ email: user.email, address, succeeded: matches });
    if (!matches) {
      throw new AppException(HttpStatus.BAD_REQUEST, AccountErrorCode.WrongPassword, 'The current password is not right.', [{ field: 'currentPassword', reason: 'is not your current password' }]);
    }
    assertAcceptablePassword(password);
    const passwordHash = await this.passwords.hash(password);
    await this.transactions.run(async (transaction) => {
      await this.users.update(user.id, { passwordHash }, transaction);
      await this.sessions.endOtherSessionsOf(user.id, sessionId, transaction);
      await this.audit.record(transaction, { actorId: user.id, action: 'user.password_changed', entityType: 'user', entityId: user.id });
    });
  }

  async register(request: RegisterRequest): Promise<SignedIn> {
    assertAcceptablePassword(request.password);
    if (!(await this.municipalities.findById(request.municipalityId))) {
      throw new ValidationException([{ field: 'municipalityId', reason: 'is not a known municipality' }]);
    }
    const passwordHash = await this.passwords.hash(request.password);
    return this.transactions.run(async (transaction) => {
      if (await this.users.emailExists(request.email, transaction)) throw emailTaken();
      const created = await this.users.insert(
        { email: request.email, displayName: request.displayName, passwordHash, role: 'staff', municipalityId: request.municipalityId, verifiedAt: null },
        transaction,
      ).catch(rethrowEmailTaken);
      await this.audit.record(transaction, { actorId: created.id, action: 'user.registered', entityType: 'user', entityId: created.id, after: auditedUserFields(created) });
      return this.sessions.startSessionFor(created, transaction);
    });
  }

  private async refuseWhenRateLimited(email: string, address: string): Promise<void> {
    const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
    const [perAccount, perAddress] = await Promise.all([
      this.attempts.countRecentFailures({ email }, since),
      this.attempts.countRecentFailures({ address }, since),
    ]);
    const limited = [
      perAccount.count >= MAX_FAILURES_PER_ACCOUNT ? perAccount.oldest : null,
      perAddress.count >= MAX_FAILURES_PER_ADDRESS ? perAddress.oldest : null,
    ].filter((oldest): oldest is Date => oldest !== null);
    if (limited.length > 0) {
      const freedAt = Math.max(...limited.map((oldest) => oldest.getTime() + SIGN_IN_WINDOW_MS));
      throw new TooManyAttemptsException(Math.max(1, Math.ceil((freedAt - Date.now()) / 1000)));
    }
  }
}

export function assertAcceptablePassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppException(HttpStatus.BAD_REQUEST, AccountErrorCode.PasswordTooCommon, `The password ${problem}.`, [{ field: 'password', reason: problem }]);
  }
}

export function emailTaken(): AppException {
  return new AppException(HttpStatus.CONFLICT, AccountErrorCode.EmailTaken, 'An account with this e-mail address already exists.');
}

/** Two registrations of one address at the same moment: the unique index decides, the loser gets 409. */
export function rethrowEmailTaken(error: unknown): never {
  if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw emailTaken();
  throw error;
}
