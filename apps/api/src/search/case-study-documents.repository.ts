import { Inject, Injectable } from '@nestjs/common';
import { type CaseStudyContent, type CoverPicture, type MunicipalityKind } from '@twinning/contracts';
import { anonymousOriginOf, TOWN_COUNT_COLUMNS } from '../case-studies/anonymous-origin';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type Transaction } from '../database/transaction';
import { type IndexableCaseStudy } from './case-study-document';

/** The columns a search document is made from, for queries joining cs (case_studies), r (its published revision) and m (its municipality). */
export const INDEXABLE_COLUMNS = `cs.id, r.content, cs.published_anonymously, cs.featured, cs.published_at,
  m.id AS municipality_id, m.name_local, m.name_en, m.country, m.region, m.kind, m.population, ${TOWN_COUNT_COLUMNS},
  (SELECT a.case_study_id FROM adaptations a WHERE a.id = cs.adapted_from_id) AS adapted_from_case_study_id,
  (SELECT count(*)::int FROM adaptations a WHERE a.case_study_id = cs.id) AS adaptation_count,
  (SELECT coalesce(json_agg(json_build_object('language', t.language, 'texts', tr.texts) ORDER BY t.language), '[]') FROM case_study_translations t
    JOIN case_study_translation_revisions tr ON tr.id = t.published_revision_id WHERE t.case_study_id = cs.id) AS translations,
  (SELECT json_build_object('id', f.id, 'altText', f.alt_text) FROM case_study_files f WHERE f.id = cs.cover_file_id) AS cover,
  ARRAY(SELECT cc.collection_id::text FROM collection_case_studies cc WHERE cc.case_study_id = cs.id ORDER BY 1) AS collection_ids`;

/** A subquery: the ids of a town's active twinning partners, from either side of the pair; `town` is an SQL expression for its id. */
export function activePartnerIdsSql(town: string): string {
  return `SELECT CASE WHEN p.municipality_a_id = ${town} THEN p.municipality_b_id ELSE p.municipality_a_id END
    FROM partnerships p WHERE (p.municipality_a_id = ${town} OR p.municipality_b_id = ${town}) AND p.status = 'active'`;
}

export interface IndexableRow {
  id: string;
  content: CaseStudyContent;
  published_anonymously: boolean;
  featured: boolean;
  published_at: Date;
  municipality_id: string;
  name_local: string;
  name_en: string;
  country: string;
  region: string;
  kind: MunicipalityKind;
  population: number;
  towns_in_country: number;
  towns_of_kind_in_country: number;
  adapted_from_case_study_id: string | null;
  adaptation_count: number;
  translations: IndexableCaseStudy['translations'];
  cover: CoverPicture | null;
  collection_ids: string[];
}

/** `minTowns`: how many towns must share what an anonymous origin names (AppConfig.anonymityMinTowns). */
export function toIndexableCaseStudy(row: IndexableRow, ownerPartnerIds: string[], minTowns: number): IndexableCaseStudy {
  return {
    id: row.id,
    content: row.content,
    anonymousOrigin: row.published_anonymously
      ? anonymousOriginOf(row, { inCountry: row.towns_in_country, ofKindInCountry: row.towns_of_kind_in_country }, minTowns)
      : null,
    adaptedFromCaseStudyId: row.adapted_from_case_study_id,
    featured: row.featured,
    publishedAt: row.published_at,
    municipality: { id: row.municipality_id, nameLocal: row.name_local, nameEn: row.name_en, country: row.country, region: row.region, kind: row.kind, population: row.population },
    ownerPartnerIds,
    collectionIds: row.collection_ids,
    adaptationCount: row.adaptation_count,
    translations: row.translations,
    cover: row.cover,
  };
}

/** Reads, from PostgreSQL, what the index should hold for a set of case studies. */
@Injectable()
export class CaseStudyDocumentsRepository {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'anonymityMinTowns'>) {}

  /**
   * The published, not archived ones among `ids`, with their town and its partners. An id not
   * returned is one the index must not hold.
   */
  async loadIndexable(transaction: Transaction, ids: string[]): Promise<IndexableCaseStudy[]> {
    const rows = (await transaction.query(
      `SELECT ${INDEXABLE_COLUMNS}, ARRAY(${activePartnerIdsSql('m.id')}) AS partner_ids
       FROM case_studies cs
       JOIN case_study_revisions r ON r.id = cs.published_revision_id
       JOIN municipalities m ON m.id = cs.municipality_id
       WHERE cs.id = ANY($1) AND cs.status <> 'archived'`,
      [ids],
    )) as (IndexableRow & { partner_ids: string[] })[];
    return rows.map((row) => toIndexableCaseStudy(row, row.partner_ids, this.config.anonymityMinTowns));
  }
}
