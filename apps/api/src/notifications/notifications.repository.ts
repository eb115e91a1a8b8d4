import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DEFAULT_NOTIFICATION_CHANNELS, type NotificationChannel, type NotificationKind, type NotificationPreferences } from '@twinning/contracts';
import { In, IsNull, Repository } from 'typeorm';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction } from '../database/transaction';
import { NotificationDigestEntity } from './notification-digest.entity';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationEntity, type NotificationMailStatus } from './notification.entity';

const LIST_LIMIT = 50;

export type NewNotification = Pick<NotificationEntity, 'userId' | 'kind' | 'title'> &
  Partial<Pick<NotificationEntity, 'caseStudyId' | 'decision' | 'adaptationId' | 'questionId' | 'language' | 'partnerRequestId'>>;

@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>,
    @InjectRepository(NotificationPreferenceEntity) private readonly preferences: Repository<NotificationPreferenceEntity>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * In the transaction of the change they announce, as each person chose for that kind: none for
   * `off`; to be e-mailed at once or in the day's digest when SMTP is configured.
   */
  async insertMany(notifications: NewNotification[], transaction: Transaction): Promise<void> {
    if (notifications.length === 0) return;
    const chosen = await transaction.getRepository(NotificationPreferenceEntity).find({ where: { userId: In([...new Set(notifications.map((notification) => notification.userId))]) } });
    const channelOf = (userId: string, kind: NotificationKind): NotificationChannel =>
      chosen.find((preference) => preference.userId === userId && preference.kind === kind)?.channel ?? DEFAULT_NOTIFICATION_CHANNELS[kind];
    const rows = notifications.flatMap((notification) => {
      const channel = channelOf(notification.userId, notification.kind);
      if (channel === 'off') return [];
      return [{ caseStudyId: null, decision: null, adaptationId: null, questionId: null, language: null, partnerRequestId: null, ...notification, readAt: null, mailStatus: this.mailStatusFor(channel) }];
    });
    if (rows.length > 0) await transaction.getRepository(NotificationEntity).insert(rows);
  }

  /** News about a municipality's practices, for its verified, active staff but `except` (who made the news). */
  async notifyStaffOf(municipalityId: string, except: string | null, notification: Omit<NewNotification, 'userId'>, transaction: Transaction): Promise<void> {
    const staff = (await transaction.query(
      `SELECT id FROM users WHERE municipality_id = $1 AND role = 'staff' AND verified_at IS NOT NULL AND deactivated_at IS NULL AND id IS DISTINCT FROM $2`,
      [municipalityId, except],
    )) as { id: string }[];
    await this.insertMany(staff.map(({ id }) => ({ ...notification, userId: id })), transaction);
  }

  /** Something waits for the moderators: every verified, active moderator and admin but `except` is told. */
  async notifyModerators(except: string | null, notification: Omit<NewNotification, 'userId'>, transaction: Transaction): Promise<void> {
    const moderators = (await transaction.query(
      `SELECT id FROM users WHERE role IN ('moderator', 'admin') AND verified_at IS NOT NULL AND deactivated_at IS NULL AND id IS DISTINCT FROM $1`,
      [except],
    )) as { id: string }[];
    await this.insertMany(moderators.map(({ id }) => ({ ...notification, userId: id })), transaction);
  }

  /** Locks up to `limit` notifications waiting to be e-mailed (SKIP LOCKED: instances share them), with their users. */
  async claimMailPending(limit: number, transaction: Transaction): Promise<NotificationEntity[]> {
    const rows = (await transaction.query(`SELECT id FROM notifications WHERE mail_status = 'pending' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`, [limit])) as { id: string }[];
    return this.withUsers(rows, transaction);
  }

  /**
   * Takes the digest of `day` (YYYY-MM-DD, UTC) for this caller: null when it was taken before,
   * else every notification waiting for a digest, locked, with its user, oldest first.
   */
  async claimDigest(day: string, transaction: Transaction): Promise<NotificationEntity[] | null> {
    const taken = (await transaction.query(`INSERT INTO notification_digests (day, sent_at, recipients) VALUES ($1, now(), 0) ON CONFLICT (day) DO NOTHING RETURNING day`, [day])) as unknown[];
    if (taken.length === 0) return null;
    const rows = (await transaction.query(`SELECT id FROM notifications WHERE mail_status = 'digest' ORDER BY created_at FOR UPDATE`)) as { id: string }[];
    return this.withUsers(rows, transaction);
  }

  async recordDigestRecipients(day: string, recipients: number, transaction: Transaction): Promise<void> {
    await transaction.getRepository(NotificationDigestEntity).update({ day }, { recipients });
  }

  async setMailStatus(ids: string[], mailStatus: NotificationMailStatus, mailAttempts: number, transaction: Transaction): Promise<void> {
    if (ids.length > 0) await transaction.getRepository(NotificationEntity).update({ id: In(ids) }, { mailStatus, mailAttempts });
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

  /** A channel for every kind: the person's choice, else the default. */
  async preferencesOf(userId: string): Promise<NotificationPreferences> {
    const chosen = await this.preferences.find({ where: { userId } });
    return { ...DEFAULT_NOTIFICATION_CHANNELS, ...Object.fromEntries(chosen.map((preference) => [preference.kind, preference.channel])) };
  }

  async savePreferences(userId: string, changes: Partial<NotificationPreferences>): Promise<void> {
    const rows = Object.entries(changes).map(([kind, channel]) => ({ userId, kind: kind as NotificationKind, channel: channel as NotificationChannel }));
    if (rows.length > 0) await this.preferences.upsert(rows, ['userId', 'kind']);
  }

  private mailStatusFor(channel: Exclude<NotificationChannel, 'off'>): NotificationMailStatus | null {
    if (!this.config.smtpUrl) return null;
    return channel === 'email' ? 'pending' : channel === 'digest' ? 'digest' : null;
  }

  private async withUsers(rows: { id: string }[], transaction: Transaction): Promise<NotificationEntity[]> {
    if (rows.length === 0) return [];
    return transaction.getRepository(NotificationEntity).find({ where: { id: In(rows.map((row) => row.id)) }, relations: { user: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }
}
