import { Injectable, Logger } from '@nestjs/common';
import { EMAIL_CONFIRMATION_LIFETIME_HOURS } from '@twinning/contracts';
import { AuditRepository } from '../audit/audit.repository';
import { TransactionRunner } from '../database/transaction';
import { type UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';
import { AccountLinksService } from './account-links.service';
import { AuthException } from './auth.errors';

/** A self-registered person proves their address before a moderator sees their account. */
@Injectable()
export class EmailConfirmationService {
  private readonly logger = new Logger(EmailConfirmationService.name);

  constructor(
    private readonly links: AccountLinksService,
    private readonly users: UsersRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
  ) {}

  /** Right after registration: a failed e-mail does not undo the account, which can ask again. */
  async sendFirstLink(user: UserEntity): Promise<void> {
    await this.sendLink(user).catch((error: unknown) => this.logger.error(`The confirmation e-mail to account ${user.id} was not sent: ${String(error)}`));
  }

  /** A new link, at most ACCOUNT_EMAILS_PER_HOUR an hour; refused once the address is proven. */
  async resend(user: UserEntity): Promise<void> {
    if (user.emailConfirmedAt) throw AuthException.emailAlreadyConfirmed();
    await this.sendLink(user);
  }

  async confirm(token: string): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const userId = await this.links.consume(token, 'email_confirmation', transaction);
      if (!userId) throw AuthException.linkInvalid();
      await this.users.update(userId, { emailConfirmedAt: new Date() }, transaction);
      await this.audit.record(transaction, { actorId: userId, action: 'user.email_confirmed', entityType: 'user', entityId: userId });
    });
  }

  private async sendLink(user: UserEntity): Promise<void> {
    await this.links.assertMaySend(user, 'email_confirmation');
    const token = await this.links.issue(user, 'email_confirmation', EMAIL_CONFIRMATION_LIFETIME_HOURS);
    await this.links.send(user, 'email_confirmation', token, EMAIL_CONFIRMATION_LIFETIME_HOURS);
  }
}
