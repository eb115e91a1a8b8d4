import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Requests per client address, bucket and minute. In PostgreSQL, like sessions, so every API
 * instance counts against the same limit. Rows older than an hour are deleted by the maintenance job.
 */
@Entity({ name: 'rate_limit_hits' })
@Index('rate_limit_hits_window', ['windowStart'])
export class RateLimitHitEntity {
  /** `<bucket>:<client address>` */
  @PrimaryColumn({ type: 'text' })
  key: string;

  @PrimaryColumn({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ type: 'integer' })
  hits: number;
}
