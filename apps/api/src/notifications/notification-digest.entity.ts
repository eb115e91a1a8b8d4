import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One row per day whose digest went out: the key that lets only one instance, once, send a day's digest. */
@Entity({ name: 'notification_digests' })
export class NotificationDigestEntity {
  /** The UTC day, YYYY-MM-DD. */
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  /** How many people were sent one. */
  @Column({ type: 'integer' })
  recipients: number;
}
