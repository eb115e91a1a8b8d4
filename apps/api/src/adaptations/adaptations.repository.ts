import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type AdaptationStatus } from '@twinning/contracts';
import { In, Repository } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { lockRow, type Transaction } from '../database/transaction';
import { AdaptationCheckInEntity } from './adaptation-check-in.entity';
import { AdaptationEntity } from './adaptation.entity';

const FULL = { municipality: true, caseStudy: { publishedRevision: true }, checkIns: { author: true } } as const;

@Injectable()
export class AdaptationsRepository {
  constructor(@InjectRepository(AdaptationEntity) private readonly adaptations: Repository<AdaptationEntity>) {}

  async insert(adaptation: Pick<AdaptationEntity, 'caseStudyId' | 'municipalityId' | 'localContext' | 'changes' | 'plannedSteps' | 'createdById'>, transaction: Transaction): Promise<AdaptationEntity> {
    const { identifiers } = await transaction.getRepository(AdaptationEntity).insert({ ...adaptation, status: 'exploring', discontinuedReason: null });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  findById(id: string, transaction?: Transaction): Promise<AdaptationEntity | null> {
    return (transaction ? transaction.getRepository(AdaptationEntity) : this.adaptations).findOne({ where: { id }, relations: FULL });
  }

  /** Locks the adaptation, so check-ins on it happen one after the other. */
  async findByIdForUpdate(id: string, transaction: Transaction): Promise<AdaptationEntity | null> {
    return (await lockRow(transaction, AdaptationEntity, id)) ? this.findById(id, transaction) : null;
  }

  /** How a practice travelled: every town adapting it, newest first. */
  listForCaseStudy(caseStudyId: string): Promise<AdaptationEntity[]> {
    return this.adaptations.find({ where: { caseStudyId }, relations: { municipality: true, caseStudy: { publishedRevision: true } }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /**
   * Adaptations by the town and adaptations of the town's practices, newest first: of practices
   * the public may read and that name their town (an anonymous one listed here would name it).
   */
  listAroundTown(municipalityId: string): Promise<AdaptationEntity[]> {
    return this.ofNamedPublishedPractices().andWhere('(adaptation.municipality_id = :town OR cs.municipality_id = :town)', { town: municipalityId }).getMany();
  }

  /** The practices that travelled between two towns, either way: the same rule as `listAroundTown`. */
  listBetweenTowns(first: string, second: string): Promise<AdaptationEntity[]> {
    return this.ofNamedPublishedPractices()
      .andWhere('((adaptation.municipality_id = :first AND cs.municipality_id = :second) OR (adaptation.municipality_id = :second AND cs.municipality_id = :first))', { first, second })
      .getMany();
  }

  private ofNamedPublishedPractices() {
    return this.adaptations
      .createQueryBuilder('adaptation')
      .innerJoinAndSelect('adaptation.municipality', 'municipality')
      .innerJoinAndSelect('adaptation.caseStudy', 'cs')
      .leftJoinAndSelect('cs.publishedRevision', 'publishedRevision')
      .where(`cs.published_revision_id IS NOT NULL AND cs.status <> 'archived' AND NOT cs.published_anonymously`)
      .orderBy('adaptation.createdAt', 'DESC')
      .addOrderBy('adaptation.id', 'ASC');
  }

  /** The case studies written up from these adaptations, by adaptation id. */
  async writeUpsOf(adaptationIds: string[]): Promise<Map<string, CaseStudyEntity>> {
    if (adaptationIds.length === 0) return new Map();
    const rows = await this.adaptations.manager.getRepository(CaseStudyEntity).find({ where: { adaptedFromId: In(adaptationIds) } });
    return new Map(rows.map((row) => [row.adaptedFromId!, row]));
  }

  async recordCheckIn(
    adaptationId: string,
    checkIn: Pick<AdaptationCheckInEntity, 'status' | 'note' | 'results' | 'authorId'>,
    changes: { status: AdaptationStatus; discontinuedReason: string | null },
    transaction: Transaction,
  ): Promise<AdaptationEntity> {
    await transaction.getRepository(AdaptationCheckInEntity).insert({ adaptationId, ...checkIn });
    await transaction.getRepository(AdaptationEntity).update({ id: adaptationId }, changes);
    return (await this.findById(adaptationId, transaction))!;
  }
}
