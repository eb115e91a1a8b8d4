import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MapQuery, type MunicipalityKind, type PartnershipStatus } from '@twinning/contracts';
import { DataSource } from 'typeorm';

export interface MapTownRow {
  id: string;
  nameLocal: string;
  nameEn: string;
  country: string;
  region: string;
  kind: MunicipalityKind;
  population: number;
  latitude: number;
  longitude: number;
  publishedCaseStudies: number;
  matched: boolean;
}

export interface MapPartnershipRow {
  id: string;
  municipalityAId: string;
  municipalityBId: string;
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
}

/**
 * Case studies a town has published under its own name. An anonymous one never counts, nor
 * makes its town answer a theme filter: either would tell which town wrote it.
 */
const NAMED_PUBLISHED = `SELECT cs.municipality_id, r.content->'themes' AS themes
  FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id
  WHERE cs.status <> 'archived' AND NOT cs.published_anonymously`;

@Injectable()
export class MapRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The towns the filters pick, the twinnings they are in, and the partners at the other end. */
  async find(filters: MapQuery): Promise<{ towns: MapTownRow[]; partnerships: MapPartnershipRow[] }> {
    const params = [filters.country ?? null, filters.theme ?? null, filters.municipality ?? null];
    const matched = `SELECT m.id FROM municipalities m
      WHERE ($1::text IS NULL OR m.country = $1)
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM named_published p WHERE p.municipality_id = m.id AND p.themes ? $2))
        AND ($3::uuid IS NULL OR m.id = $3)`;
    const partnerships = (await this.dataSource.query(
      `WITH named_published AS (${NAMED_PUBLISHED}), matched AS (${matched})
       SELECT p.id, p.municipality_a_id AS "municipalityAId", p.municipality_b_id AS "municipalityBId",
              p.since_year AS "sinceYear", p.status, p.programme
       FROM partnerships p
       WHERE p.municipality_a_id IN (SELECT id FROM matched) OR p.municipality_b_id IN (SELECT id FROM matched)
       ORDER BY p.since_year, p.id`,
      params,
    )) as MapPartnershipRow[];
    const partnerIds = partnerships.flatMap((partnership) => [partnership.municipalityAId, partnership.municipalityBId]);
    const towns = (await this.dataSource.query(
      `WITH named_published AS (${NAMED_PUBLISHED}), matched AS (${matched})
       SELECT m.id, m.name_local AS "nameLocal", m.name_en AS "nameEn", m.country, m.region, m.kind, m.population,
              m.latitude, m.longitude, m.id IN (SELECT id FROM matched) AS matched,
              (SELECT count(*) FROM named_published p WHERE p.municipality_id = m.id)::int AS "publishedCaseStudies"
       FROM municipalities m
       WHERE m.id IN (SELECT id FROM matched) OR m.id = ANY($4::uuid[])
       ORDER BY m.name_en, m.id`,
      [...params, partnerIds],
    )) as MapTownRow[];
    return { towns, partnerships };
  }
}
