import { Injectable } from '@nestjs/common';
import { type AuditAction, type AuditEntityType } from '@twinning/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { type Transaction } from '../database/transaction';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectRepository(AuditEventEntity) private readonly events: Repository<AuditEventEntity>) {}

  /** Written in the transaction of the change it records, so neither exists without the other. */
  async record(transaction: Transaction, record: AuditRecord): Promise<void> {
    const { before = null, after = null, ...event } = record;
    // jsonb columns: TypeORM's insert typing cannot describe arbitrary objects.
    await transaction.getRepository(AuditEventEntity).insert({ ...event, before: before as object, after: after as object });
  }

  async list(filters: { entityType?: AuditEntityType; entityId?: string }, pagination: Pagination): Promise<{ rows: AuditEventEntity[]; total: number }> {
    const [rows, total] = await this.events.findAndCount({
      where: { ...(filters.entityType && { entityType: filters.entityType }), ...(filters.entityId && { entityId: filters.entityId }) },
      relations: { actor: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pagination.offset,
      take: pagination.perPage,
    });
    return { rows, total };
  }

  /** What each of these things is called now, by id; a thing that is gone has no entry. */
  async labels(things: readonly { entityType: string; entityId: string }[]): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    for (const type of new Set(things.map((thing) => thing.entityType))) {
      // A kind recorded by an older version and since renamed has no query.
      const sql = (LABEL_SQL as Partial<Record<string, string>>)[type];
      if (!sql) continue;
      const ids = [...new Set(things.filter((thing) => thing.entityType === type).map((thing) => thing.entityId))];
      for (const row of (await this.events.query(sql, [ids])) as { id: string; label: string }[]) labels.set(row.id, row.label);
    }
    return labels;
  }
}

const TOWN_NAME = (alias: string) => `CASE WHEN ${alias}.name_en = ${alias}.name_local THEN ${alias}.name_en ELSE ${alias}.name_en || ' / ' || ${alias}.name_local END`;
const CASE_STUDY_TITLE = `coalesce((SELECT r.content->>'title' FROM case_study_revisions r WHERE r.id = cs.published_revision_id), cs.content->>'title')`;

/** One query per kind of thing: its id and what it is called ($1: the ids). Case studies by their public title. */
const LABEL_SQL: Record<AuditEntityType, string> = {
  user: 'SELECT id, display_name AS label FROM users WHERE id = ANY($1::uuid[])',
  invitation: 'SELECT id, email AS label FROM invitations WHERE id = ANY($1::uuid[])',
  municipality: `SELECT m.id, ${TOWN_NAME('m')} AS label FROM municipalities m WHERE m.id = ANY($1::uuid[])`,
  partnership: `SELECT p.id, ${TOWN_NAME('a')} || ' – ' || ${TOWN_NAME('b')} AS label FROM partnerships p
    JOIN municipalities a ON a.id = p.municipality_a_id JOIN municipalities b ON b.id = p.municipality_b_id WHERE p.id = ANY($1::uuid[])`,
  partnership_activity: `SELECT id, title AS label FROM partnership_activities WHERE id = ANY($1::uuid[])`,
  partner_request: `SELECT id, title AS label FROM partner_requests WHERE id = ANY($1::uuid[])`,
  partner_answer: `SELECT pa.id, ${TOWN_NAME('m')} || ': ' || r.title AS label FROM partner_answers pa
    JOIN partner_requests r ON r.id = pa.request_id JOIN municipalities m ON m.id = pa.municipality_id WHERE pa.id = ANY($1::uuid[])`,
  case_study: `SELECT cs.id, ${CASE_STUDY_TITLE} AS label FROM case_studies cs WHERE cs.id = ANY($1::uuid[])`,
  adaptation: `SELECT ad.id, ${TOWN_NAME('m')} || ': ' || ${CASE_STUDY_TITLE} AS label FROM adaptations ad
    JOIN municipalities m ON m.id = ad.municipality_id JOIN case_studies cs ON cs.id = ad.case_study_id WHERE ad.id = ANY($1::uuid[])`,
  adaptation_check_in: `SELECT c.id, ${TOWN_NAME('m')} || ': ' || ${CASE_STUDY_TITLE} || ' (' || to_char(c.created_at, 'YYYY-MM-DD') || ')' AS label FROM adaptation_check_ins c
    JOIN adaptations ad ON ad.id = c.adaptation_id JOIN municipalities m ON m.id = ad.municipality_id JOIN case_studies cs ON cs.id = ad.case_study_id WHERE c.id = ANY($1::uuid[])`,
  discussion_post: `SELECT id, left(body, 80) AS label FROM discussion_posts WHERE id = ANY($1::uuid[])`,
  collection: `SELECT id, coalesce(title->>'en', title->>'tr', title->>'de') AS label FROM collections WHERE id = ANY($1::uuid[])`,
  funding_programme: 'SELECT id, name AS label FROM funding_programmes WHERE id = ANY($1::uuid[])',
  funding_call: 'SELECT id, title AS label FROM funding_calls WHERE id = ANY($1::uuid[])',
};

/** The fields of `after` that differ from `before`, each side with only those fields. */
export function changedFields<T extends object>(before: T, after: T): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = (Object.keys(after) as (keyof T)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}
