import { HttpStatus, Injectable } from '@nestjs/common';
import {
  AdminErrorCode,
  type Municipality,
  type MunicipalityDetail,
  type MunicipalityInput,
  type MunicipalityListQuery,
  type MunicipalitySummary,
  type Page,
} from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { TransactionRunner } from '../database/transaction';
import { PartnershipsRepository } from '../partnerships/partnerships.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { MunicipalitiesRepository } from './municipalities.repository';
import { MunicipalityNotFoundException } from './municipalities.errors';
import { toMunicipality, toMunicipalityDetail, toMunicipalitySummary } from './municipality.mapper';
import { isPostgresError, PostgresErrorCode } from '../common/errors/postgres-errors';

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly municipalities: MunicipalitiesRepository,
    private readonly partnerships: PartnershipsRepository,
    private readonly audit: AuditRepository,
    private readonly transactions: TransactionRunner,
    private readonly searchOutbox: SearchOutboxRepository,
  ) {}

  async listMunicipalities(query: MunicipalityListQuery): Promise<Page<MunicipalitySummary>> {
    const pagination = toPagination(query);
    return toPage(await this.municipalities.search(query, pagination), pagination, toMunicipalitySummary);
  }

  async getMunicipality(id: string): Promise<MunicipalityDetail> {
    const municipality = await this.municipalities.findById(id);
    if (!municipality) throw new MunicipalityNotFoundException(id);
    return toMunicipalityDetail(municipality, await this.partnerships.findByMunicipality(id));
  }

  async createMunicipality(input: MunicipalityInput, actor: UserEntity): Promise<Municipality> {
    return this.transactions.run(async (transaction) => {
      const created = toMunicipality(await this.municipalities.insert(input, transaction));
      await this.searchOutbox.enqueueAnonymous(transaction);
      await this.audit.record(transaction, { actorId: actor.id, action: 'municipality.created', entityType: 'municipality', entityId: created.id, after: { ...created } });
      return created;
    });
  }

  async updateMunicipality(id: string, changes: Partial<MunicipalityInput>, actor: UserEntity): Promise<Municipality> {
    return this.transactions.run(async (transaction) => {
      const before = await this.municipalities.findByIdForUpdate(id, transaction);
      if (!before) throw new MunicipalityNotFoundException(id);
      const after = toMunicipality(await this.municipalities.update(id, changes, transaction));
      const diff = changedFields(toMunicipality(before), after);
      if (Object.keys(diff.after).length > 0) {
        // Names, kind, country and population are in the search documents of its case studies.
        await this.searchOutbox.enqueueMunicipalities(transaction, [id]);
        if (diff.after.country !== undefined || diff.after.kind !== undefined) await this.searchOutbox.enqueueAnonymous(transaction);
        await this.audit.record(transaction, { actorId: actor.id, action: 'municipality.updated', entityType: 'municipality', entityId: id, ...diff });
      }
      return after;
    });
  }

  /** Refused while accounts or case studies belong to it; its partnerships and open invitations go with it. */
  async deleteMunicipality(id: string, actor: UserEntity): Promise<void> {
    await this.transactions.run(async (transaction) => {
      const municipality = await this.municipalities.findByIdForUpdate(id, transaction);
      if (!municipality) throw new MunicipalityNotFoundException(id);
      // The foreign keys of accounts and case studies refuse the delete; that refusal is the check.
      await this.municipalities.delete(id, transaction).catch((error: unknown) => {
        if (isPostgresError(error, PostgresErrorCode.ForeignKeyViolation, PostgresErrorCode.RestrictViolation)) {
          throw new AppException(HttpStatus.CONFLICT, AdminErrorCode.MunicipalityInUse, 'Accounts or case studies belong to this municipality; move or remove them first.');
        }
        throw error;
      });
      await this.searchOutbox.enqueueAnonymous(transaction);
      await this.audit.record(transaction, { actorId: actor.id, action: 'municipality.deleted', entityType: 'municipality', entityId: id, before: { ...toMunicipality(municipality) } });
    });
  }
}
