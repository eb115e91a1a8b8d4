import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Theme } from '@twinning/contracts';
import { Brackets, DataSource, In } from 'typeorm';
import { AdaptationEntity } from '../adaptations/adaptation.entity';
import { CaseStudyEntity } from '../case-studies/case-study.entity';

/** The queries behind the staff home page. Only what the public sees, and never an anonymous case study (the feed names its town). */
@Injectable()
export class FeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The other municipalities of this kind, with their population (for the band). */
  async sameKind(municipalityId: string): Promise<{ id: string; population: number }[]> {
    return (await this.dataSource.query(`SELECT m.id, m.population FROM municipalities m JOIN municipalities own ON own.id = $1 WHERE m.kind = own.kind AND m.id <> own.id`, [municipalityId])) as {
      id: string;
      population: number;
    }[];
  }

  /** Themes of the town's own case studies (any state: they say what it works on) and of the practices it adapts. */
  async themesOf(municipalityId: string): Promise<Theme[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT theme FROM (
         SELECT jsonb_array_elements_text(cs.content -> 'themes') AS theme FROM case_studies cs WHERE cs.municipality_id = $1
         UNION
         SELECT jsonb_array_elements_text(r.content -> 'themes') FROM adaptations a
           JOIN case_studies original ON original.id = a.case_study_id
           JOIN case_study_revisions r ON r.id = original.published_revision_id
          WHERE a.municipality_id = $1
       ) themes ORDER BY theme`,
      [municipalityId],
    )) as { theme: Theme }[];
    return rows.map((row) => row.theme);
  }

  /** Published, named case studies of these towns, newest first; on any of `themes` when given. */
  publishedBy(municipalityIds: string[], themes: Theme[] | null, limit: number): Promise<CaseStudyEntity[]> {
    if (municipalityIds.length === 0) return Promise.resolve([]);
    const query = this.dataSource
      .getRepository(CaseStudyEntity)
      .createQueryBuilder('cs')
      .innerJoinAndSelect('cs.municipality', 'municipality')
      .innerJoinAndSelect('cs.publishedRevision', 'publishedRevision')
      .where(`cs.status <> 'archived' AND NOT cs.published_anonymously`)
      .andWhere('cs.municipality_id IN (:...municipalityIds)', { municipalityIds });
    if (themes && themes.length > 0) {
      query.andWhere(new Brackets((onThemes) => onThemes.where(`EXISTS (SELECT 1 FROM jsonb_array_elements_text("publishedRevision"."content" -> 'themes') theme WHERE theme = ANY(:themes))`, { themes })));
    }
    return query.orderBy('cs.publishedAt', 'DESC').addOrderBy('cs.id', 'ASC').take(limit).getMany();
  }

  /** These towns' adaptations of practices the public sees, the most recently updated first. */
  adaptationsBy(municipalityIds: string[], limit: number): Promise<AdaptationEntity[]> {
    if (municipalityIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(AdaptationEntity)
      .createQueryBuilder('adaptation')
      .innerJoinAndSelect('adaptation.municipality', 'municipality')
      .innerJoinAndSelect('adaptation.caseStudy', 'caseStudy')
      .innerJoinAndSelect('caseStudy.publishedRevision', 'publishedRevision')
      .where({ municipalityId: In(municipalityIds) })
      .andWhere(`caseStudy.status <> 'archived'`)
      .orderBy('adaptation.updatedAt', 'DESC')
      .addOrderBy('adaptation.id', 'ASC')
      .take(limit)
      .getMany();
  }
}
