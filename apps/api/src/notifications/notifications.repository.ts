import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { NotificationEntity } from './notification.entity';

const LIST_LIMIT = 50;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async insertMany(
    notifications: (Pick<NotificationEntity, 'userId' | 'kind' | 'caseStudyId' | 'title'> & Partial<Pick<NotificationEntity, 'decision' | 'adaptationId'>>)[],
    transaction: Transaction,
  ): Promise<void> {
    if (notifications.length > 0) {
      await transaction.getRepository(NotificationEntity).insert(notifications.map((notification) => ({ decision: null, adaptationId: null, ...notification, readAt: null })));
    }
  }

  /** The verified, active staff of a municipality, but one: who hears of news about its practices. */
  async staffOf(municipalityId: string, except: string | null, transaction: Transaction): Promise<string[]> {
    const rows = (await transaction.query(
      `SELECT id FROM users WHERE municipality_id = $1 AND role = 'staff' AND verified_at IS NOT NULL AND deactivated_at IS NULL AND id IS DISTINCT FROM $2`,
      [municipalityId, except],
    )) as { id: string }[];
    return rows.map((row) => row.id);
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
