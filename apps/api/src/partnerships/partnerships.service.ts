import { HttpStatus, Injectable } from '@nestjs/common';
import { AdminErrorCode, type AdminPartnershipListQuery, type Page, type Partnership, type PartnershipInput, type PartnershipUpdate } from '@twinning/contracts';
import { AuditRepository, changedFields } from '../audit/audit.repository';
import { toPage, toPagination } from '../common/dto/page-query.dto';
import { AppException } from '../common/errors/app.exception';
import { ValidationException } from '../common/errors/validation.exception';
import { type Transaction, TransactionRunner } from '../database/transaction';
import { FundingRepository } from '../funding/funding.repository';
import { SearchOutboxRepository } from '../search/search-outbox.repository';
import { type UserEntity } from '../users/user.entity';
import { type PartnershipEntity } from './partnership.entity';
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
    private readonly funding: FundingRepository,
  ) {}

  async listPartnerships(query: AdminPartnershipListQuery): Promise<Page<Partnership>> {
    const pagination = toPagination(query);
    return toPage(await this.partnerships.list(query.municipalityId, pagination), pagination, toPartnership);
  }

  async createPartnership(input: PartnershipInput, actor: UserEntity): Promise<Partnership> {
    const [first, second] = input.municipalityIds;
    if (first === second) throw new ValidationException([{ field: 'municipalityIds', rule: 'same_municipality', reason: 'must name two different municipalities' }]);
    return this.transactions.run(async (transaction) => {
      const { sinceYear, status, programme, description, descriptionVariants = {}, kind = 'twinning', agreementSignedOn = null, agreementUrl = null, agreementText = '' } = input;
      const funding = await this.resolveFunding(input, { fundingProgrammeId: null, fundingCallId: null }, transaction);
      const fields = { kind, sinceYear, status, programme, description, descriptionVariants, agreementSignedOn, agreementUrl, agreementText, ...funding };
      const created = await this.partnerships
        .insert(input.municipalityIds, fields, transaction)
        .catch((error: unknown) => {
          if (isPostgresError(error, PostgresErrorCode.UniqueViolation)) throw new AppException(HttpStatus.CONFLICT, AdminErrorCode.PartnershipExists, 'These two municipalities are already partners.');
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
      const after = await this.partnerships.update(id, { ...changes, ...(await this.resolveFunding(changes, before, transaction)) }, transaction);
      const diff = changedFields(auditedPartnershipFields(before), auditedPartnershipFields(after));
      if (diff.after.status !== undefined) await this.searchOutbox.enqueueMunicipalities(transaction, [before.municipalityAId, before.municipalityBId]);
      if (Object.keys(diff.after).length > 0) {
        await this.audit.record(transaction, { actorId: actor.id, action: 'partnership.updated', entityType: 'partnership', entityId: id, ...diff });
      }
      return toPartnership(after);
    });
  }

  /**
   * The programme and call after a change: a call alone brings its programme, a programme that
   * is not the call's is refused, and a name of neither that does not exist is a 400, not a 500.
   */
  private async resolveFunding(
    changes: Pick<PartnershipUpdate, 'fundingProgrammeId' | 'fundingCallId'>,
    current: Pick<PartnershipEntity, 'fundingProgrammeId' | 'fundingCallId'>,
    transaction: Transaction,
  ): Promise<Pick<PartnershipEntity, 'fundingProgrammeId' | 'fundingCallId'>> {
    const fundingCallId = changes.fundingCallId !== undefined ? changes.fundingCallId : current.fundingCallId;
    let fundingProgrammeId = changes.fundingProgrammeId !== undefined ? changes.fundingProgrammeId : current.fundingProgrammeId;
    if (fundingCallId) {
      const call = await this.funding.findCall(fundingCallId, transaction);
      if (!call) throw new ValidationException([{ field: 'fundingCallId', rule: 'unknown_reference', reason: 'names a call that does not exist' }]);
      const programmeLeftAsItWas = changes.fundingProgrammeId === undefined && changes.fundingCallId !== undefined;
      if (fundingProgrammeId === null || programmeLeftAsItWas) fundingProgrammeId = call.programmeId;
      if (fundingProgrammeId !== call.programmeId) {
        throw new ValidationException([{ field: 'fundingCallId', rule: 'call_of_other_programme', reason: 'is a call of another programme than fundingProgrammeId' }]);
      }
    } else if (fundingProgrammeId && !(await this.funding.findProgramme(fundingProgrammeId, transaction))) {
      throw new ValidationException([{ field: 'fundingProgrammeId', rule: 'unknown_reference', reason: 'names a programme that does not exist' }]);
    }
    return { fundingProgrammeId, fundingCallId };
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
