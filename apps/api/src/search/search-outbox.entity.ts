import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A case study (or a partner request) whose search document must be brought in line with
 * PostgreSQL: written in the transaction of the change, drained by the indexer, deleted once
 * Meilisearch has confirmed.
 */
@Entity({ name: 'search_outbox' })
@Check('search_outbox_one_subject', `num_nonnulls("case_study_id", "partner_request_id") = 1`)
@Index('search_outbox_due', ['nextAttemptAt'], { where: 'parked_at IS NULL' })
export class SearchOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ name: 'case_study_id', type: 'uuid', nullable: true })
  caseStudyId: string | null;

  /** No foreign key: a deleted request's row must still remove its document. */
  @Column({ name: 'partner_request_id', type: 'uuid', nullable: true })
  partnerRequestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /** Set when the row failed too often; it waits for an operator (or a reindex). */
  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt: Date | null;
}
