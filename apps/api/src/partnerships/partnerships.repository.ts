import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type PartnershipUpdate } from '@twinning/contracts';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { orderedPair, PartnershipEntity } from './partnership.entity';

const WITH_MUNICIPALITIES = { municipalityA: true, municipalityB: true, fundingProgramme: true, fundingCall: true } as const;

@Injectable()
export class PartnershipsRepository {
  constructor(@InjectRepository(PartnershipEntity) private readonly partnerships: Repository<PartnershipEntity>) {}

  /** Every partnership the municipality is in, from either side, with both municipalities loaded. */
  findByMunicipality(municipalityId: string): Promise<PartnershipEntity[]> {
    return this.partnerships.find({
      where: [{ municipalityAId: municipalityId }, { municipalityBId: municipalityId }],
      relations: WITH_MUNICIPALITIES,
    });
  }

  async list(municipalityId: string | undefined, pagination: Pagination): Promise<{ rows: PartnershipEntity[]; total: number }> {
    const [rows, total] = await this.partnerships.findAndCount({
      where: municipalityId ? [{ municipalityAId: municipalityId }, { municipalityBId: municipalityId }] : {},
      relations: WITH_MUNICIPALITIES,
      order: { sinceYear: 'DESC', id: 'ASC' },
      skip: pagination.offset,
      take: pagination.perPage,
    });
    return { rows, total };
  }

  findById(id: string, transaction?: Transaction): Promise<PartnershipEntity | null> {
    const repository = transaction ? transaction.getRepository(PartnershipEntity) : this.partnerships;
    return repository.findOne({ where: { id }, relations: WITH_MUNICIPALITIES });
  }

  async findByIdForUpdate(id: string, transaction: Transaction): Promise<PartnershipEntity | null> {
    return (await lockRow(transaction, PartnershipEntity, id)) ? this.findById(id, transaction) : null;
  }

  /** The partnership of two municipalities (in either order), locked until the transaction ends; a pair has one at most. */
  async findByPairForUpdate(municipalityIds: [string, string], transaction: Transaction): Promise<PartnershipEntity | null> {
    const [municipalityAId, municipalityBId] = orderedPair(...municipalityIds);
    const row = await transaction.getRepository(PartnershipEntity).findOne({ where: { municipalityAId, municipalityBId }, lock: { mode: 'pessimistic_write' } });
    return row ? this.findById(row.id, transaction) : null;
  }

  /** The two municipalities in either order; stored as an ordered pair, so the unique constraint refuses B–A after A–B. */
  async insert(municipalityIds: [string, string], fields: Required<PartnershipUpdate>, transaction: Transaction): Promise<PartnershipEntity> {
    const [municipalityAId, municipalityBId] = orderedPair(...municipalityIds);
    const { identifiers } = await transaction.getRepository(PartnershipEntity).insert({ municipalityAId, municipalityBId, ...fields });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  async update(id: string, changes: PartnershipUpdate, transaction: Transaction): Promise<PartnershipEntity> {
    if (Object.keys(changes).length > 0) await transaction.getRepository(PartnershipEntity).update({ id }, changes);
    return (await this.findById(id, transaction))!;
  }

  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(PartnershipEntity).delete({ id });
  }
}
