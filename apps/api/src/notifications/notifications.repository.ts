import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Repository } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction } from '../database/transaction';
import { NotificationEntity, type NotificationMailStatus } from './notification.entity';

const LIST_LIMIT = 50;

export type NewNotification = Pick<NotificationEntity, 'userId' | 'kind' | 'title'> &
  Partial<Pick<NotificationEntity, 'caseStudyId' | 'decision' | 'adaptationId' | 'questionId' | 'language' | 'partnerRequestId'>>;

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** In the transaction of the change they announce; each is also to be e-mailed when SMTP is configured. */
  async insertMany(notifications: NewNotification[], transaction: Transaction): Promise<void> {
    if (notifications.length > 0) {
      await transaction.getRepository(NotificationEntity).insert(notifications.map((notification) => ({ caseStudyId: null, decision: null, adaptationId: null, questionId: null, language: null, partnerRequestId: null, ...notification, readAt: null, mailStatus: this.config.smtpUrl ? 'pending' : null })));
    }
  }

  /** News about a municipality's practices, for its verified, active staff but `except` (who made the news). */
  async notifyStaffOf(municipalityId: string, except: string | null, notification: Omit<NewNotification, 'userId'>, transaction: Transaction): Promise<void> {
    const staff = (await transaction.query(
      `SELECT id FROM users WHERE municipality_id = $1 AND role = 'staff' AND verified_at IS NOT NULL AND deactivated_at IS NULL AND id IS DISTINCT FROM $2`,
      [municipalityId, except],
    )) as { id: string }[];
    await this.insertMany(staff.map(({ id }) => ({ ...notification, userId: id })), transaction);
  }

  /** For every verified, active moderator and admin. */
  async notifyModerators(notification: Omit<NewNotification, 'userId'>, transaction: Transaction): Promise<void> {
    const moderators = (await transaction.query(`SELECT id FROM users WHERE role IN ('moderator', 'admin') AND verified_at IS NOT NULL AND deactivated_at IS NULL`)) as { id: string }[];
    await this.insertMany(moderators.map(({ id }) => ({ ...notification, userId: id })), transaction);
  }

  /** Locks up to `limit` notifications waiting to be e-mailed (SKIP LOCKED: instances share them), with their users. */
  async claimMailPending(limit: number, transaction: Transaction): Promise<NotificationEntity[]> {
    const rows = (await transaction.query(`SELECT id FROM notifications WHERE mail_status = 'pending' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit])) as { id: string }[];
    if (rows.length === 0) return [];
    return transaction.getRepository(NotificationEntity).find({ where: { id: In(rows.map((row) => row.id)) }, relations: { user: true }, order: { createdAt: 'ASC' } });
  }

  async setMailStatus(id: string, mailStatus: NotificationMailStatus, mailAttempts: number, transaction: Transaction): Promise<void> {
    await transaction.getRepository(NotificationEntity).update({ id }, { mailStatus, mailAttempts });
  }

  /** The newest ones, and how many are unread in all. */
  async listForUser(userId: string): Promise<{ rows: NotificationEntity[]; unread: number }> {
    const [rows, unread] = await Promise.all([
      this.notifications.find({ where: { userId }, order: { createdAt: 'DESC', id: 'DESC' }, take: LIST_LIMIT }),
      this.notifications.count({ where: { userId, readAt: IsNull() } }),
    ]);
    return { rows, unread };
  }

  /** False when the user has no such notification. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const exists = await this.notifications.exists({ where: { id, userId } });
    if (exists) await this.notifications.update({ id, userId, readAt: IsNull() }, { readAt: new Date() });
    return exists;
  }
}
