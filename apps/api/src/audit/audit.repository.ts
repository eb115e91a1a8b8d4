import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { type Transaction } from '../database/transaction';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
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

  async list(filters: { entityType?: string; entityId?: string }, pagination: Pagination): Promise<{ rows: AuditEventEntity[]; total: number }> {
    const [rows, total] = await this.events.findAndCount({
      where: { ...(filters.entityType && { entityType: filters.entityType }), ...(filters.entityId && { entityId: filters.entityId }) },
      relations: { actor: true },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pagination.offset,
      take: pagination.perPage,
    });
    return { rows, total };
  }
}

/** The fields of `after` that differ from `before`, each side with only those fields. */
export function changedFields<T extends object>(before: T, after: T): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const changed = (Object.keys(after) as (keyof T)[]).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key]])),
    after: Object.fromEntries(changed.map((key) => [key, after[key]])),
  };
}
