import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type FundingCallListQuery, type FundingProgrammeListQuery } from '@twinning/contracts';
import { ArrayContains, In, IsNull, Repository } from 'typeorm';
import { lockRow, type Transaction } from '../database/transaction';
import { FundingCallEntity } from './funding-call.entity';
import { FundingProgrammeEntity } from './funding-programme.entity';

export type ProgrammeFields = Omit<FundingProgrammeEntity, 'id' | 'seedKey' | 'createdAt' | 'updatedAt'>;
export type CallFields = Pick<FundingCallEntity, 'programmeId' | 'title' | 'opensOn' | 'closesOn' | 'budget' | 'budgetCurrency' | 'url'>;

@Injectable()
export class FundingRepository {
  constructor(
    @InjectRepository(FundingProgrammeEntity) private readonly programmes: Repository<FundingProgrammeEntity>,
    @InjectRepository(FundingCallEntity) private readonly calls: Repository<FundingCallEntity>,
  ) {}

  listProgrammes(query: FundingProgrammeListQuery): Promise<FundingProgrammeEntity[]> {
    return this.programmes.find({
      where: {
        ...(query.theme && { themes: ArrayContains([query.theme]) }),
        ...(query.kind && { kind: query.kind }),
        ...(!query.includeArchived && { archivedAt: IsNull() }),
      },
      order: { name: 'ASC' },
    });
  }

  /** Those of `ids` that name a programme (archived ones too: they stay on the case studies they funded). */
  async findExistingProgrammeIds(ids: string[]): Promise<string[]> {
    return (await this.programmes.find({ select: { id: true }, where: { id: In(ids) } })).map((programme) => programme.id);
  }

  /** Every programme's name, archived ones too, for labelling facets and statistics. */
  findAllNames(): Promise<Pick<FundingProgrammeEntity, 'id' | 'name'>[]> {
    return this.programmes.find({ select: { id: true, name: true } });
  }

  findProgramme(id: string, transaction?: Transaction): Promise<FundingProgrammeEntity | null> {
    return (transaction?.getRepository(FundingProgrammeEntity) ?? this.programmes).findOneBy({ id });
  }

  async findProgrammeForUpdate(id: string, transaction: Transaction): Promise<FundingProgrammeEntity | null> {
    return (await lockRow(transaction, FundingProgrammeEntity, id)) ? this.findProgramme(id, transaction) : null;
  }

  async insertProgramme(fields: ProgrammeFields, transaction: Transaction): Promise<FundingProgrammeEntity> {
    const { identifiers } = await transaction.getRepository(FundingProgrammeEntity).insert(fields);
    return (await this.findProgramme(identifiers[0].id as string, transaction))!;
  }

  async updateProgramme(id: string, changes: Partial<ProgrammeFields>, transaction: Transaction): Promise<FundingProgrammeEntity> {
    if (Object.keys(changes).length > 0) await transaction.getRepository(FundingProgrammeEntity).update({ id }, changes);
    return (await this.findProgramme(id, transaction))!;
  }

  /** Calls by closing date, earliest first; calls of archived programmes are left out. */
  listCalls(query: FundingCallListQuery): Promise<FundingCallEntity[]> {
    return this.calls.find({
      where: {
        ...(query.programmeId && { programmeId: query.programmeId }),
        programme: { archivedAt: IsNull(), ...(query.theme && { themes: ArrayContains([query.theme]) }) },
      },
      relations: { programme: true },
      order: { closesOn: 'ASC', title: 'ASC' },
    });
  }

  /** A programme's calls, archived or not, latest deadline first. */
  listCallsOfProgramme(programmeId: string): Promise<FundingCallEntity[]> {
    return this.calls.find({ where: { programmeId }, relations: { programme: true }, order: { closesOn: 'DESC', title: 'ASC' } });
  }

  findCall(id: string, transaction?: Transaction): Promise<FundingCallEntity | null> {
    return (transaction?.getRepository(FundingCallEntity) ?? this.calls).findOne({ where: { id }, relations: { programme: true } });
  }

  async findCallForUpdate(id: string, transaction: Transaction): Promise<FundingCallEntity | null> {
    return (await lockRow(transaction, FundingCallEntity, id)) ? this.findCall(id, transaction) : null;
  }

  async insertCall(fields: CallFields, transaction: Transaction): Promise<FundingCallEntity> {
    const { identifiers } = await transaction.getRepository(FundingCallEntity).insert(fields);
    return (await this.findCall(identifiers[0].id as string, transaction))!;
  }

  async updateCall(id: string, changes: Partial<CallFields>, transaction: Transaction): Promise<FundingCallEntity> {
    if (Object.keys(changes).length > 0) await transaction.getRepository(FundingCallEntity).update({ id }, changes);
    return (await this.findCall(id, transaction))!;
  }
}
