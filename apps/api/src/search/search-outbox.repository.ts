import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Transaction } from '../database/transaction';

/** Failed batches wait 2, 4, 8… seconds, at most five minutes; after this many tries they are parked. */
export const MAX_INDEX_ATTEMPTS = 8;

export interface OutboxRow {
  id: string;
  /** One of the two is set. */
  caseStudyId: string | null;
  partnerRequestId: string | null;
}

export interface OutboxStats {
  pending: number;
  oldestPendingSeconds: number | null;
  parked: number;
}

/** Asks for the search documents of these case studies to be brought up to date; call it in the change's transaction. */
export async function enqueueSearchUpdates(manager: EntityManager, caseStudyIds: string[]): Promise<void> {
  if (caseStudyIds.length > 0) {
    await manager.query(`INSERT INTO search_outbox (case_study_id) SELECT unnest($1::uuid[])`, [caseStudyIds]);
  }
}

@Injectable()
export class SearchOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  enqueue(transaction: Transaction, caseStudyIds: string[]): Promise<void> {
    return enqueueSearchUpdates(transaction, caseStudyIds);
  }

  /** Asks for the search documents of these partner requests to be brought up to date; call it in the change's transaction. */
  async enqueuePartnerRequests(transaction: Transaction, partnerRequestIds: string[]): Promise<void> {
    if (partnerRequestIds.length > 0) await transaction.query(`INSERT INTO search_outbox (partner_request_id) SELECT unnest($1::uuid[])`, [partnerRequestIds]);
  }

  /** Every partner request: their index is empty (a new or wiped Meilisearch). */
  async enqueueAllPartnerRequests(): Promise<number> {
    const rows = (await this.dataSource.query(`INSERT INTO search_outbox (partner_request_id) SELECT id FROM partner_requests RETURNING id`)) as unknown[];
    return rows.length;
  }

  /** Every published case study of these municipalities (renamed, or twinned anew). */
  async enqueueMunicipalities(transaction: Transaction, municipalityIds: string[]): Promise<void> {
    await transaction.query(
      `INSERT INTO search_outbox (case_study_id) SELECT id FROM case_studies WHERE municipality_id = ANY($1) AND published_revision_id IS NOT NULL`,
      [municipalityIds],
    );
  }

  /**
   * Every published anonymous case study: how much of its origin it may name depends on how many
   * towns share its country and kind, which a new, changed or deleted town changes.
   */
  async enqueueAnonymous(transaction: Transaction): Promise<void> {
    await transaction.query(`INSERT INTO search_outbox (case_study_id) SELECT id FROM case_studies WHERE published_anonymously AND published_revision_id IS NOT NULL`);
  }

  /** Every published case study: the index is to be built again from PostgreSQL. */
  async enqueueAllPublished(): Promise<number> {
    const rows = (await this.dataSource.query(`INSERT INTO search_outbox (case_study_id) SELECT id FROM case_studies WHERE published_revision_id IS NOT NULL RETURNING id`)) as unknown[];
    return rows.length;
  }

  async countPublished(): Promise<number> {
    const [{ count }] = (await this.dataSource.query(`SELECT count(*)::int AS count FROM case_studies WHERE published_revision_id IS NOT NULL`)) as { count: number }[];
    return count;
  }

  /**
   * Claims due rows until the transaction ends; rows another instance holds are skipped, so
   * several API instances drain one outbox without doing the same work.
   */
  async claimDue(transaction: Transaction, limit: number): Promise<OutboxRow[]> {
    return (await transaction.query(
      `SELECT id, case_study_id AS "caseStudyId", partner_request_id AS "partnerRequestId" FROM search_outbox
       WHERE parked_at IS NULL AND next_attempt_at <= now()
       ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    )) as OutboxRow[];
  }

  async complete(transaction: Transaction, rowIds: string[]): Promise<void> {
    await transaction.query(`DELETE FROM search_outbox WHERE id = ANY($1::bigint[])`, [rowIds]);
  }

  async fail(transaction: Transaction, rowIds: string[], error: string): Promise<void> {
    await transaction.query(
      `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
         next_attempt_at = now() + make_interval(secs => least(300, power(2, attempts + 1))),
         parked_at = CASE WHEN attempts + 1 >= $3 THEN now() END
       WHERE id = ANY($1::bigint[])`,
      [rowIds, error.slice(0, 2000), MAX_INDEX_ATTEMPTS],
    );
  }

  async stats(): Promise<OutboxStats> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE parked_at IS NULL)::int AS pending,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE parked_at IS NULL))::float AS oldest,
              count(*) FILTER (WHERE parked_at IS NOT NULL)::int AS parked
       FROM search_outbox`,
    )) as { pending: number; oldest: number | null; parked: number }[];
    return { pending: row.pending, oldestPendingSeconds: row.oldest === null ? null : Math.round(row.oldest * 10) / 10, parked: row.parked };
  }
}
