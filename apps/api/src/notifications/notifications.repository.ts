import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import { type Transaction } from '../database/transaction';
import { NotificationEntity } from './notification.entity';

const LIST_LIMIT = 50;

@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async insertMany(notifications: Pick<NotificationEntity, 'userId' | 'kind' | 'caseStudyId' | 'title' | 'decision'>[], transaction: Transaction): Promise<void> {
    if (notifications.length > 0) await transaction.getRepository(NotificationEntity).insert(notifications.map((notification) => ({ ...notification, readAt: null })));
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
