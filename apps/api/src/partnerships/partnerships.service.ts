import { HttpStatus, Injectable } from '@nestjs/common';
import { AdminErrorCode, type AdminPartnershipListQuery, type Page, type Partnership, type PartnershipInput, type PartnershipUpdate } from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { TransactionRunner } from '../database/transaction';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { auditedPartnershipFields, toPartnership } from './partnership.mapper';
import { PartnershipsRepository } from './partnerships.repository';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly partnerships: PartnershipsRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly searchOutbox: SearchOutboxRepository,
  ) {}

  async listPartnerships(query: AdminPartnershipListQuery): Promise<Page<Partnership>> {
    const pagination = toPagination(query);
    return toPage(await this.partnerships.list(query.municipalityId, pagination), pagination, toPartnership);
  }

  async createPartnership(input: PartnershipInput, actor: UserEntity): Promise<Partnership> {
    const [first, second] = input.municipalityIds;
    if (first === second) throw new ValidationException([{ field: 'municipalityIds', rule: 'same_municipality', reason: 'must name two different municipalities' }]);
    return this.transactions.run(async (transaction) => {
      const { sinceYear, status, programme, description, descriptionVariants = {} } = input;
      const created = await this.partnerships
        .insert(input.municipalityIds, { sinceYear, status, programme, description, descriptionVariants }, transaction)
        .catch((error: unknown) => {
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw new AppException(HttpStatus.CONFLICT, AdminErrorCode.PartnershipExists, 'These two municipalities are already twinned.');
          if (isPostgresError(error, PostgresErrorCode.ForeignKeyViolation)) throw new ValidationException([{ field: 'municipalityIds', rule: 'unknown_municipality', reason: 'names a municipality that does not exist' }]);
          throw error;
        });
      // "Only my partner towns" reads the twinnings of each case study's town.
      await this.searchOutbox.enqueueMunicipalities(transaction, [first, second]);
      await this.audit.record(transaction, { actorId: actor.id, action: 'partnership.created', entityType: 'partnership', entityId: created.id, after: auditedPartnershipFields(created) });
      return toPartnership(created);
    });
  }

  async updatePartnership(id: string, changes: PartnershipUpdate, actor: UserEntity): Promise<Partnership> {
    return this.transactions.run(async (transaction) => {
      const before = await this.partnerships.findByIdForUpdate(id, transaction);
      if (!before) throw partnershipNotFound(id);
      const after = await this.partnerships.update(id, changes, transaction);
      const diff = changedFields(auditedPartnershipFields(before), auditedPartnershipFields(after));
      if (diff.after.status !== undefined) await this.searchOutbox.enqueueMunicipalities(transaction, [before.municipalityAId, before.municipalityBId]);
      if (Object.keys(diff.after).length > 0) {
        await this.audit.record(transaction, { actorId: actor.id, action: 'partnership.updated', entityType: 'partnership', entityId: id, ...diff });
      }
      return toPartnership(after);
    });
  }

  async deletePartnership(id: string, actor: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const partnership = await this.partnerships.findByIdForUpdate(id, transaction);
      if (!partnership) throw partnershipNotFound(id);
      await this.partnerships.delete(id, transaction);
      await this.searchOutbox.enqueueMunicipalities(transaction, [partnership.municipalityAId, partnership.municipalityBId]);
      await this.audit.record(transaction, { actorId: actor.id, action: 'partnership.deleted', entityType: 'partnership', entityId: id, before: auditedPartnershipFields(partnership) });
    });
  }
}

function partnershipNotFound(id: string): AppException {
  return new AppException(HttpStatus.NOT_FOUND, AdminErrorCode.PartnershipNotFound, `No partnership has the id ${id}.`);
}
