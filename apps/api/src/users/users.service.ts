import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { AccountErrorCode, type AdminUser, type AdminUserListQuery, type AuditAction, type Page, type UpdateUserRequest } from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { PasswordResetService } from '../auth/password-reset.service';
import { SessionService } from '../auth/session.service';
import { mustSetUpTwoFactor } from '../auth/two-factor-policy';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { NotificationsRepository } from '../notifications/notifications.repository';
import { type UserEntity } from './user.entity';
import { accountStatusOf, auditedUserFields, toAdminUser } from './user.mapper';
import { UsersRepository } from './users.repository';

/** Admins and moderators managing accounts. Every change is one transaction with its audit event. */
@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly sessions: SessionService,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly notifications: NotificationsRepository,
    private readonly passwordReset: PasswordResetService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async listUsers(query: AdminUserListQuery): Promise<Page<AdminUser>> {
    const pagination = toPagination(query);
    return toPage(await this.users.search(query, pagination), pagination, (user) => this.toAdminUser(user));
  }

  /** An admin e-mails a person a link to set a new password (they called for help). */
  async sendPasswordReset(id: string, actor: UserEntity): Promise<void> {
    const user = await this.users.findById(id);
    if (!user) throw userNotFound(id);
    if (user.deactivatedAt) throw invalidState(user, 'send a password reset link to');
    await this.passwordReset.sendByAdmin(user, actor);
  }

  /** A moderator or admin confirms that a self-registered person works for the municipality they named; they are told as they chose. */
  async verifyUser(id: string, actor: UserEntity): Promise<AdminUser> {
    return this.change(id, actor, 'user.verified', async (target, transaction) => {
      if (accountStatusOf(target) !== 'pending') throw invalidState(target, 'verify');
      await this.users.update(target.id, { verifiedAt: new Date() }, transaction);
      const municipality = target.municipalityId ? await this.municipalities.findById(target.municipalityId, transaction) : null;
      await this.notifications.insertMany([{ userId: target.id, kind: 'account_verified', title: municipality?.nameLocal ?? '' }], transaction);
    });
  }

  async updateUser(id: string, request: UpdateUserRequest, actor: UserEntity): Promise<AdminUser> {
    return this.change(id, actor, 'user.updated', async (target, transaction) => {
      const role = request.role ?? target.role;
      const municipalityId = role === 'staff' ? (request.municipalityId === undefined ? target.municipalityId : request.municipalityId) : null;
      if (role === 'staff' && !municipalityId) {
        throw new ValidationException([{ field: 'municipalityId', rule: 'required', reason: 'is required for staff' }]);
      }
      if (municipalityId && municipalityId !== target.municipalityId && !(await this.municipalities.findById(municipalityId))) {
        throw new ValidationException([{ field: 'municipalityId', rule: 'unknown_municipality', reason: 'is not a known municipality' }]);
      }
      await this.users.update(target.id, { role, municipalityId }, transaction);
    });
  }

  /** Ends every session of the account at once; the guard also refuses deactivated accounts. */
  async deactivateUser(id: string, actor: UserEntity): Promise<AdminUser> {
    return this.change(id, actor, 'user.deactivated', async (target, transaction) => {
      if (target.deactivatedAt) throw invalidState(target, 'deactivate');
      await this.users.update(target.id, { deactivatedAt: new Date() }, transaction);
      await this.sessions.endAllSessionsOf(target.id, transaction);
    });
  }

  async reactivateUser(id: string, actor: UserEntity): Promise<AdminUser> {
    return this.change(id, actor, 'user.reactivated', async (target, transaction) => {
      if (!target.deactivatedAt) throw invalidState(target, 'reactivate');
      await this.users.update(target.id, { deactivatedAt: null }, transaction);
    });
  }

  /** Locks the account, applies the change, records what changed, and returns the account after it. */
  private async change(id: string, actor: UserEntity, action: AuditAction, apply: (target: UserEntity, transaction: Transaction) => Promise<void>): Promise<AdminUser> {
    if (id === actor.id) {
      throw new AppException(HttpStatus.CONFLICT, AccountErrorCode.CannotChangeOwnAccount, 'Another admin must change your own account.');
    }
    return this.transactions.run(async (transaction) => {
      const target = await this.users.findByIdForUpdate(id, transaction);
      if (!target) throw userNotFound(id);
      await apply(target, transaction);
      const after = (await this.users.findById(id, transaction))!;
      await this.audit.record(transaction, { actorId: actor.id, action, entityType: 'user', entityId: id, ...changedFields(auditedUserFields(target), auditedUserFields(after)) });
      return this.toAdminUser(after);
    });
  }

  private toAdminUser(user: UserEntity): AdminUser {
    return toAdminUser(user, mustSetUpTwoFactor(user, this.config));
  }
}

function userNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, AccountErrorCode.UserNotFound, `No account has the id ${id}.`);
}

function invalidState(user: UserEntity, action: string): AppException {
  const status = accountStatusOf(user);
  return new AppException(HttpStatus.CONFLICT, AccountErrorCode.InvalidAccountState, `Cannot ${action} an account that is ${status}.`, [{ field: 'status', rule: 'wrong_state', reason: `is ${status}`, params: { state: status } }]);
}
