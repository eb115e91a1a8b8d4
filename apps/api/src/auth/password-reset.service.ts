import { Injectable, Logger } from '@nestjs/common';
import { PASSWORD_RESET_LIFETIME_HOURS, type PasswordResetRequested } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { TransactionRunner } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AccountLinksService } from './account-links.service';
import { AccountTokensRepository } from './account-tokens.repository';
import { AuthException } from './auth.errors';
import { assertAcceptablePassword } from './password-policy';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { SignInThrottle } from './sign-in-throttle';

/** The one answer to every reset request, so it does not tell whether an address has an account. */
export const PASSWORD_RESET_REQUESTED: PasswordResetRequested = {
  message: 'If an account has this address, a link to set a new password is on its way. It works once, for one hour.',
};

/** "Forgot password": a single-use link by e-mail, asked for by the person or sent by an admin. */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);

  constructor(
    private readonly links: AccountLinksService,
    private readonly tokens: AccountTokensRepository,
    private readonly users: UsersRepository,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly throttle: SignInThrottle,
  ) {}

  /**
   * The same answer, as fast, whatever the address: the e-mail goes out after the answer, and an
   * unknown, deactivated or over-the-limit account just gets none.
   */
  async request(email: string): Promise<PasswordResetRequested> {
    const user = await this.users.findByEmail(email);
    if (user && !user.deactivatedAt) {
      void this.sendLink(user).catch((error: unknown) => this.logger.warn(`No password reset e-mail for account ${user.id}: ${String(error)}`));
    }
    return PASSWORD_RESET_REQUESTED;
  }

  /** An admin sends the link (the person called for help); the admin hears whether the e-mail left. */
  async sendByAdmin(user: UserEntity, admin: UserEntity): Promise<void> {
    const token = await this.transactions.run(async (transaction) => {
      const issued = await this.links.issue(user, 'password_reset', PASSWORD_RESET_LIFETIME_HOURS, transaction);
      await this.audit.record(transaction, { actorId: admin.id, action: 'user.password_reset_sent', entityType: 'user', entityId: user.id });
      return issued;
    });
    await this.links.send(user, 'password_reset', token, PASSWORD_RESET_LIFETIME_HOURS);
  }

  /**
   * Sets the password; every session of the account ends, and the link proved the address too.
   * Opening it from `address` counts as a sign-in success there (see SignInThrottle).
   */
  async complete(token: string, password: string, address: string): Promise<void> {
    assertAcceptablePassword(password);
    const passwordHash = await this.passwords.hash(password);
    const email = await this.transactions.run(async (transaction) => {
      const userId = await this.links.consume(token, 'password_reset', transaction);
      if (!userId) throw AuthException.linkInvalid();
      const user = (await this.users.findById(userId, transaction))!;
      await this.users.update(userId, { passwordHash, emailConfirmedAt: user.emailConfirmedAt ?? new Date() }, transaction);
      await this.tokens.revokeOpen(userId, 'password_reset', transaction);
      await this.sessions.endAllSessionsOf(userId, transaction);
      await this.audit.record(transaction, { actorId: userId, action: 'user.password_reset', entityType: 'user', entityId: userId });
      return user.email;
    });
    await this.throttle.recordSuccess(email, address);
  }

  private async sendLink(user: UserEntity): Promise<void> {
    await this.links.assertMaySend(user, 'password_reset');
    const token = await this.links.issue(user, 'password_reset', PASSWORD_RESET_LIFETIME_HOURS);
    await this.links.send(user, 'password_reset', token, PASSWORD_RESET_LIFETIME_HOURS);
  }
}
