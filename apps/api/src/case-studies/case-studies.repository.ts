import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CaseStudyStatus } from '@twinning/contracts';
import { Brackets, Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { ModerationDecisionEntity } from '../moderation/moderation-decision.entity';
import { type IdentifyingCandidate, passagesOf } from './identifying-terms';
import { CaseStudyRevisionEntity } from './case-study-revision.entity';
import { CaseStudyEntity } from './case-study.entity';

/** Who is listing: decides which case studies a list may contain. */
export interface ListingViewer {
  moderator: boolean;
  /** The caller's municipality when they are its verified staff. */
  ownMunicipalityId: string | null;
}

export interface CaseStudyFilters {
  municipality?: string;
  status?: CaseStudyStatus;
  featured?: boolean;
  /** Only these (a collection's practices). */
  ids?: string[];
}

@Injectable()
export class CaseStudiesRepository {
  constructor(
    @InjectRepository(CaseStudyEntity) private readonly caseStudies: Repository<CaseStudyEntity>,
    @InjectRepository(CaseStudyRevisionEntity) private readonly revisions: Repository<CaseStudyRevisionEntity>,
    @InjectRepository(ModerationDecisionEntity) private readonly decisions: Repository<ModerationDecisionEntity>,
  ) {}

  async insert(caseStudy: Pick<CaseStudyEntity, 'municipalityId' | 'content' | 'publishAnonymously' | 'createdById' | 'adaptedFromId'>, transaction: Transaction): Promise<CaseStudyEntity> {
    const { identifiers } = await transaction
      .getRepository(CaseStudyEntity)
      .insert({ ...caseStudy, status: 'draft', version: 1, featured: false, publishedRevisionId: null, publishedAt: null });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  findById(id: string, transaction?: Transaction): Promise<CaseStudyEntity | null> {
    return this.repository(transaction).findOne({ where: { id }, relations: { municipality: true, publishedRevision: true, adaptedFrom: { caseStudy: { publishedRevision: true } }, files: true, coverFile: true } });
  }

  /** Locks the case study until the transaction ends: saves, submissions and decisions on it happen one at a time. */
  async findByIdForUpdate(id: string, transaction: Transaction): Promise<CaseStudyEntity | null> {
    return (await lockRow(transaction, CaseStudyEntity, id)) ? this.findById(id, transaction) : null;
  }

  async update(id: string, changes: Partial<Pick<CaseStudyEntity, 'status' | 'content' | 'version' | 'publishAnonymously' | 'publishedAnonymously' | 'featured' | 'publishedRevisionId' | 'publishedAt'>>, transaction: Transaction): Promise<CaseStudyEntity> {
    await transaction.getRepository(CaseStudyEntity).update({ id }, changes);
    return (await this.findById(id, transaction))!;
  }

  /** Its revisions, translations, files, questions and adaptations go with it (the foreign keys cascade). */
  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(CaseStudyEntity).delete({ id });
  }

  async list(viewer: ListingViewer, filters: CaseStudyFilters, pagination: Pagination): Promise<{ rows: CaseStudyEntity[]; total: number }> {
    const query = this.caseStudies
      .createQueryBuilder('cs')
      .innerJoinAndSelect('cs.municipality', 'municipality')
      .leftJoinAndSelect('cs.publishedRevision', 'publishedRevision')
      .leftJoinAndSelect('cs.coverFile', 'coverFile');
    if (!viewer.moderator) {
      query.andWhere(
        new Brackets((visible) => {
          visible.where(`cs.published_revision_id IS NOT NULL AND cs.status <> 'archived'`);
          if (viewer.ownMunicipalityId) visible.orWhere('cs.municipality_id = :own', { own: viewer.ownMunicipalityId });
        }),
      );
    }
    if (filters.municipality) {
      query.andWhere('cs.municipality_id = :municipality', { municipality: filters.municipality });
      // Listing a town's stories must not reveal which anonymous ones are its.
      if (!viewer.moderator && viewer.ownMunicipalityId !== filters.municipality) query.andWhere('NOT cs.published_anonymously');
    }
    if (filters.status) query.andWhere('cs.status = :status', { status: filters.status });
    if (filters.ids) query.andWhere('cs.id IN (:...ids)', { ids: filters.ids });
    // Featured means shown to everyone, so even a moderator gets only what the public may read.
    if (filters.featured !== undefined) query.andWhere(`cs.featured = :featured AND cs.published_revision_id IS NOT NULL AND cs.status <> 'archived'`, { featured: filters.featured });
    const [rows, total] = await query
      .orderBy('cs.updatedAt', 'DESC')
      .addOrderBy('cs.id', 'ASC')
      .skip(pagination.offset)
      .take(pagination.perPage)
      .getManyAndCount();
    return { rows, total };
  }

  async insertRevision(
    caseStudyId: string,
    revision: Pick<CaseStudyRevisionEntity, 'content' | 'publishAnonymously' | 'submittedById'>,
    transaction: Transaction,
  ): Promise<CaseStudyRevisionEntity> {
    const number = (await this.latestRevisionNumber(caseStudyId, transaction)) + 1;
    const { identifiers } = await transaction.getRepository(CaseStudyRevisionEntity).insert({ caseStudyId, number, ...revision });
    return (await this.findRevision(identifiers[0].id as string, transaction))!;
  }

  /**
   * What could name a case study's town: the town's names and website, its twinning partners,
   * its people (accounts and the contact), its region and the towns within 50 km, and, for a
   * write-up, the texts of the public adaptation it came from.
   */
  async identifyingCandidates(caseStudy: Pick<CaseStudyEntity, 'municipalityId' | 'adaptedFromId' | 'content'>): Promise<IdentifyingCandidate[]> {
    const rows = (await this.caseStudies.query(
      `SELECT 'town' AS kind, unnest(ARRAY[m.name_local, m.name_en, substring(m.website from '^https?://(?:www\\.)?([^/:]+)')]) AS text FROM municipalities m WHERE m.id = $1
       UNION ALL SELECT 'place', m.region FROM municipalities m WHERE m.id = $1
       UNION ALL SELECT 'place', unnest(ARRAY[o.name_local, o.name_en]) FROM municipalities m JOIN municipalities o ON o.id <> m.id
         WHERE m.id = $1 AND 111.2 * sqrt(power(o.latitude - m.latitude, 2) + power((o.longitude - m.longitude) * cos(radians(m.latitude)), 2)) < 50
       UNION ALL SELECT 'partner', unnest(ARRAY[o.name_local, o.name_en]) FROM partnerships p
         JOIN municipalities o ON o.id = CASE WHEN p.municipality_a_id = $1 THEN p.municipality_b_id ELSE p.municipality_a_id END
         WHERE $1 IN (p.municipality_a_id, p.municipality_b_id)
       UNION ALL SELECT 'partner', unnest(ARRAY[o.name_local, o.name_en]) FROM municipalities o WHERE o.id = ANY($2::uuid[])
       UNION ALL SELECT 'person', u.display_name FROM users u WHERE u.municipality_id = $1
       UNION ALL SELECT 'adaptation_text', unnest(ARRAY[a.local_context, a.changes, a.planned_steps, a.discontinued_reason]) FROM adaptations a WHERE a.id = $3
       UNION ALL SELECT 'adaptation_text', unnest(ARRAY[c.note, c.results]) FROM adaptation_check_ins c WHERE c.adaptation_id = $3`,
      [caseStudy.municipalityId, caseStudy.content.partnerMunicipalityIds, caseStudy.adaptedFromId],
    )) as { kind: IdentifyingCandidate['kind']; text: string | null }[];
    const people = [...rows.filter((row) => row.kind === 'person').map((row) => row.text ?? ''), caseStudy.content.contactName];
    return [
      ...rows.filter((row) => row.text && row.kind !== 'adaptation_text' && row.kind !== 'person').map((row) => ({ kind: row.kind, text: row.text! })),
      // A person is named by the full name or, as often, the surname alone.
      ...people.flatMap((name) => [name, name.trim().split(/\s+/).at(-1) ?? '']).map((text) => ({ kind: 'person' as const, text })),
      ...rows.filter((row) => row.kind === 'adaptation_text').flatMap((row) => passagesOf(row.text).map((text) => ({ kind: 'adaptation_text' as const, text }))),
    ];
  }

  findRevision(id: string, transaction?: Transaction): Promise<CaseStudyRevisionEntity | null> {
    const revisions = transaction ? transaction.getRepository(CaseStudyRevisionEntity) : this.revisions;
    return revisions.findOne({ where: { id }, relations: { submittedBy: true, decision: { moderator: true } } });
  }

  /** Newest first. */
  listRevisions(caseStudyId: string): Promise<CaseStudyRevisionEntity[]> {
    return this.revisions.find({ where: { caseStudyId }, relations: { submittedBy: true, decision: { moderator: true } }, order: { number: 'DESC' } });
  }

  async latestRevisionNumber(caseStudyId: string, transaction: Transaction): Promise<number> {
    return transaction.getRepository(CaseStudyRevisionEntity).count({ where: { caseStudyId } });
  }

  latestDecision(caseStudyId: string): Promise<ModerationDecisionEntity | null> {
    return this.decisions
      .createQueryBuilder('d')
      .innerJoin('d.revision', 'r')
      .leftJoinAndSelect('d.moderator', 'moderator')
      .where('r.case_study_id = :caseStudyId', { caseStudyId })
      .orderBy('r.number', 'DESC')
      .getOne();
  }

  /** Revisions waiting for a decision, longest waiting first, with the last decided revision before each. */
  async moderationQueue(pagination: Pagination): Promise<{ rows: { revision: CaseStudyRevisionEntity; previousRevisionId: string | null }[]; total: number }> {
    const [revisions, total] = await this.revisions
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.caseStudy', 'cs', `cs.status = 'submitted'`)
      .innerJoinAndSelect('cs.municipality', 'municipality')
      .leftJoinAndSelect('r.submittedBy', 'submittedBy')
      .leftJoin('r.decision', 'decision')
      .where('decision.id IS NULL')
      .orderBy('r.submittedAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip(pagination.offset)
      .take(pagination.perPage)
      .getManyAndCount();
    const previous = revisions.length
      ? ((await this.revisions.query(
          `SELECT DISTINCT ON (r.case_study_id) r.case_study_id, r.id FROM case_study_revisions r
           JOIN moderation_decisions d ON d.revision_id = r.id
           WHERE r.case_study_id = ANY($1) ORDER BY r.case_study_id, r.number DESC`,
          [revisions.map((revision) => revision.caseStudyId)],
        )) as { case_study_id: string; id: string }[])
      : [];
    const previousByCaseStudy = new Map(previous.map((row) => [row.case_study_id, row.id]));
    return { rows: revisions.map((revision) => ({ revision, previousRevisionId: previousByCaseStudy.get(revision.caseStudyId) ?? null })), total };
  }

  /** Inserts the decision; the unique revision_id makes a second decision on the same revision fail. */
  async insertDecision(decision: Pick<ModerationDecisionEntity, 'revisionId' | 'moderatorId' | 'decision' | 'comment' | 'sectionComments'>, transaction: Transaction): Promise<ModerationDecisionEntity> {
    const decisions = transaction.getRepository(ModerationDecisionEntity);
    const { identifiers } = await decisions.insert(decision);
    return (await decisions.findOne({ where: { id: identifiers[0].id as string }, relations: { moderator: true } }))!;
  }

  private repository(transaction?: Transaction): Repository<CaseStudyEntity> {
    return transaction ? transaction.getRepository(CaseStudyEntity) : this.caseStudies;
  }
}

