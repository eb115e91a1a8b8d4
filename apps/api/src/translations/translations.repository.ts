import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CaseStudyLanguage } from '@twinning/contracts';
import { Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { activePartnerIdsSql } from '../search/case-study-documents.repository';
import { CaseStudyTranslationRevisionEntity } from './case-study-translation-revision.entity';
import { CaseStudyTranslationEntity } from './case-study-translation.entity';

const REVISION_RELATIONS = { translation: { caseStudy: { municipality: true, publishedRevision: true } }, municipality: true, submittedBy: true, sourceRevision: true } as const;

@Injectable()
export class TranslationsRepository {
  constructor(
    @InjectRepository(CaseStudyTranslationEntity) private readonly translations: Repository<CaseStudyTranslationEntity>,
    @InjectRepository(CaseStudyTranslationRevisionEntity) private readonly revisions: Repository<CaseStudyTranslationRevisionEntity>,
  ) {}

  /** The approved translations of case studies, each with the revision readers get, its town and the original it translates. */
  findPublished(caseStudyIds: readonly string[]): Promise<CaseStudyTranslationEntity[]> {
    if (caseStudyIds.length === 0) return Promise.resolve([]);
    return this.translations
      .createQueryBuilder('t')
      .innerJoinAndSelect('t.publishedRevision', 'r')
      .innerJoinAndSelect('r.municipality', 'municipality')
      .innerJoinAndSelect('r.sourceRevision', 'source')
      .where('t.case_study_id IN (:...caseStudyIds)', { caseStudyIds })
      .orderBy('t.language', 'ASC')
      .getMany();
  }

  /** The translation into `language`, created when there is none yet, and locked until the transaction ends. */
  async lockOrInsert(caseStudyId: string, language: CaseStudyLanguage, transaction: Transaction): Promise<CaseStudyTranslationEntity> {
    const repository = transaction.getRepository(CaseStudyTranslationEntity);
    await repository.createQueryBuilder().insert().values({ caseStudyId, language, publishedRevisionId: null }).orIgnore().execute();
    const translation = await repository.findOneOrFail({ where: { caseStudyId, language } });
    await lockRow(transaction, CaseStudyTranslationEntity, translation.id);
    return translation;
  }

  latestRevision(translationId: string, transaction: Transaction): Promise<CaseStudyTranslationRevisionEntity | null> {
    return transaction.getRepository(CaseStudyTranslationRevisionEntity).findOne({ where: { translationId }, order: { number: 'DESC' } });
  }

  async insertRevision(
    revision: Pick<CaseStudyTranslationRevisionEntity, 'translationId' | 'number' | 'texts' | 'sourceRevisionId' | 'municipalityId' | 'submittedById'>,
    transaction: Transaction,
  ): Promise<CaseStudyTranslationRevisionEntity> {
    const { identifiers } = await transaction.getRepository(CaseStudyTranslationRevisionEntity).insert({ ...revision, status: 'submitted' });
    return (await this.findRevision(identifiers[0].id as string, transaction))!;
  }

  findRevision(id: string, transaction?: Transaction): Promise<CaseStudyTranslationRevisionEntity | null> {
    const revisions = transaction ? transaction.getRepository(CaseStudyTranslationRevisionEntity) : this.revisions;
    return revisions.findOne({ where: { id }, relations: REVISION_RELATIONS });
  }

  /** Locks the revision's translation, so two moderators decide one after the other. */
  async findRevisionForUpdate(id: string, transaction: Transaction): Promise<CaseStudyTranslationRevisionEntity | null> {
    const revision = await this.findRevision(id, transaction);
    if (!revision) return null;
    await lockRow(transaction, CaseStudyTranslationEntity, revision.translationId);
    return this.findRevision(id, transaction);
  }

  async decide(revision: Pick<CaseStudyTranslationRevisionEntity, 'id' | 'translationId' | 'status' | 'decidedById' | 'decisionComment'>, transaction: Transaction): Promise<void> {
    const { id, translationId, ...decision } = revision;
    await transaction.getRepository(CaseStudyTranslationRevisionEntity).update({ id }, { ...decision, decidedAt: new Date() });
    if (decision.status === 'approved') await transaction.getRepository(CaseStudyTranslationEntity).update({ id: translationId }, { publishedRevisionId: id });
  }

  /** Revisions waiting for a moderator, longest waiting first. */
  async queue(pagination: Pagination): Promise<{ rows: CaseStudyTranslationRevisionEntity[]; total: number }> {
    const [rows, total] = await this.revisions.findAndCount({
      where: { status: 'submitted' },
      relations: REVISION_RELATIONS,
      order: { submittedAt: 'ASC', id: 'ASC' },
      skip: pagination.offset,
      take: pagination.perPage,
    });
    return { rows, total };
  }

  /** The ids of a town's active twinning partners. */
  async activePartnerIds(municipalityId: string): Promise<string[]> {
    const rows = (await this.revisions.query(`SELECT id FROM (${activePartnerIdsSql('$1::uuid')}) AS partners(id)`, [municipalityId])) as { id: string }[];
    return rows.map((row) => row.id);
  }
}
