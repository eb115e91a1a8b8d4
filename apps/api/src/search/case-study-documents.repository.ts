import { Injectable } from '@nestjs/common';
import { type CaseStudyContent, type MunicipalityKind } from '@twinning/contracts';
import { type Transaction } from '../database/transaction';
import { type IndexableCaseStudy } from './case-study-document';

/** The columns a search document is made from, for queries joining cs (case_studies), r (its published revision) and m (its municipality). */
export const INDEXABLE_COLUMNS = `cs.id, r.content, cs.publish_anonymously, cs.featured, cs.published_at,
  m.id AS municipality_id, m.name_local, m.name_en, m.country, m.region, m.kind, m.population,
  (SELECT count(*)::int FROM adaptations a WHERE a.case_study_id = cs.id) AS adaptation_count`;

/** A subquery: the ids of a town's active twinning partners, from either side of the pair; `town` is an SQL expression for its id. */
export function activePartnerIdsSql(town: string): string {
  return `SELECT CASE WHEN p.municipality_a_id = ${town} THEN p.municipality_b_id ELSE p.municipality_a_id END
    FROM partnerships p WHERE (p.municipality_a_id = ${town} OR p.municipality_b_id = ${town}) AND p.status = 'active'`;
}

export interface IndexableRow {
  id: string;
  content: CaseStudyContent;
  publish_anonymously: boolean;
  featured: boolean;
  published_at: Date;
  municipality_id: string;
  name_local: string;
  name_en: string;
  country: string;
  region: string;
  kind: MunicipalityKind;
  population: number;
  adaptation_count: number;
}

export function toIndexableCaseStudy(row: IndexableRow, ownerPartnerIds: string[]): IndexableCaseStudy {
  return {
    id: row.id,
    content: row.content,
    publishAnonymously: row.publish_anonymously,
    featured: row.featured,
    publishedAt: row.published_at,
    municipality: { id: row.municipality_id, nameLocal: row.name_local, nameEn: row.name_en, country: row.country, region: row.region, kind: row.kind, population: row.population },
    ownerPartnerIds,
    adaptationCount: row.adaptation_count,
  };
}

/** Reads, from PostgreSQL, what the index should hold for a set of case studies. */
@Injectable()
export class CaseStudyDocumentsRepository {
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
    return rows.map((row) => toIndexableCaseStudy(row, row.partner_ids));
  }
}
