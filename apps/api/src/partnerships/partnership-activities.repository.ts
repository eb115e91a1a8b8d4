import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, Repository } from 'typeorm';
import { CaseStudyEntity } from '../case-studies/case-study.entity';
import { type Transaction } from '../database/transaction';
import { UserEntity } from '../users/user.entity';
import { PartnershipActivityEntity } from './partnership-activity.entity';

const FULL = { caseStudies: { publishedRevision: true }, fundingProgramme: true } as const;

export type ActivityFields = Omit<PartnershipActivityEntity, 'id' | 'partnership' | 'caseStudies' | 'fundingProgramme' | 'createdBy' | 'createdAt' | 'updatedAt'>;

@Injectable()
export class PartnershipActivitiesRepository {
  constructor(@InjectRepository(PartnershipActivityEntity) private readonly activities: Repository<PartnershipActivityEntity>) {}

  /** Newest first; the private ones only when asked for. */
  listForPartnership(partnershipId: string, includePrivate: boolean): Promise<PartnershipActivityEntity[]> {
    return this.activities.find({
      where: { partnershipId, ...(includePrivate ? {} : { isPublic: true }) },
      relations: FULL,
      order: { startsOn: 'DESC', createdAt: 'DESC', id: 'ASC' },
    });
  }

  findInPartnership(partnershipId: string, id: string, transaction?: Transaction): Promise<PartnershipActivityEntity | null> {
    return (transaction?.getRepository(PartnershipActivityEntity) ?? this.activities).findOne({ where: { id, partnershipId }, relations: FULL });
  }

  /** Inserts or (with `id`) updates, and sets the case studies it concerned. */
  async save(fields: ActivityFields & { id?: string }, caseStudyIds: string[], transaction: Transaction): Promise<PartnershipActivityEntity> {
    const saved = await transaction.getRepository(PartnershipActivityEntity).save({ ...fields, caseStudies: caseStudyIds.map((id) => ({ id }) as CaseStudyEntity) });
    return (await this.findInPartnership(fields.partnershipId, saved.id, transaction))!;
  }

  async delete(id: string, transaction: Transaction): Promise<void> {
    await transaction.getRepository(PartnershipActivityEntity).delete({ id });
  }

  /** Which of these case studies the public may read under their town's name: only those may be named on a partnership's page. */
  async namedPublishedCaseStudyIds(ids: string[], transaction: Transaction): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await transaction
      .getRepository(CaseStudyEntity)
      .createQueryBuilder('cs')
      .select('cs.id', 'id')
      .where('cs.id IN (:...ids)', { ids })
      .andWhere(`cs.published_revision_id IS NOT NULL AND cs.status <> 'archived' AND NOT cs.published_anonymously`)
      .getRawMany<{ id: string }>();
    return new Set(rows.map((row) => row.id));
  }

  /** Verified, active staff of these towns, by name. */
  staffOf(municipalityIds: string[]): Promise<UserEntity[]> {
    return this.activities.manager.getRepository(UserEntity).find({
      where: { municipalityId: In(municipalityIds), role: 'staff', verifiedAt: Not(IsNull()), deactivatedAt: IsNull() },
      order: { displayName: 'ASC', id: 'ASC' },
    });
  }
}
