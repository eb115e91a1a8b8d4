import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type PartnerAnswerStatus, type PartnerRequestFacet, PARTNER_REQUEST_FACETS, type PartnerRequestListQuery, type PartnerRequestInput, type Theme } from '@twinning/contracts';
import { In, Repository } from 'typeorm';
import { type Pagination } from '../common/dto/page-query.dto';
import { lockRow, type Transaction } from '../database/transaction';
import { type MunicipalityEntity } from '../municipalities/municipality.entity';
import { ANY_POPULATION_BAND, populationBandFilterValues } from '../search/partner-request-document';
import { PartnerAnswerEntity } from './partner-answer.entity';
import { PartnerRequestEntity } from './partner-request.entity';

const SUMMARY = { municipality: true, fundingProgramme: true, fundingCall: true } as const;
const FULL = { ...SUMMARY, createdBy: true, answers: { municipality: true, createdBy: true } } as const;
const ANSWER = { municipality: true, createdBy: true, request: SUMMARY } as const;

/** Facet counts as PostgreSQL computes them: value → count, per facet. */
export type FacetCounts = Record<PartnerRequestFacet, Record<string, number>>;

/**
 * Each facet as an SQL text array of the request's values (r: the request, m: its town), so one
 * filter shape serves them all: the values overlap the ones asked for. A request that takes a
 * partner of any size carries 'any', which every size filter also asks for.
 */
const FACET_VALUES: Record<PartnerRequestFacet, string> = {
  theme: 'r.themes',
  sdg: 'r.sdgs::text[]',
  country: 'ARRAY[m.country::text]',
  language: 'r.languages',
  programme: `CASE WHEN r.funding_programme_id IS NULL THEN '{}'::text[] ELSE ARRAY[r.funding_programme_id::text] END`,
  partner_population_band: `CASE WHEN cardinality(r.partner_population_bands) = 0 THEN ARRAY['${ANY_POPULATION_BAND}'] ELSE r.partner_population_bands END`,
  status: `ARRAY[CASE WHEN r.deadline >= $1::date THEN 'open' ELSE 'closed' END]`,
};

/** The values each facet's filter asks for, as text. */
export type FacetFilters = Partial<Record<PartnerRequestFacet, string[]>>;

@Injectable()
export class PartnerRequestsRepository {
  constructor(
    @InjectRepository(PartnerRequestEntity) private readonly requests: Repository<PartnerRequestEntity>,
    @InjectRepository(PartnerAnswerEntity) private readonly answers: Repository<PartnerAnswerEntity>,
  ) {}

  async insert(fields: PartnerRequestInput & Pick<PartnerRequestEntity, 'municipalityId' | 'createdById'>, transaction: Transaction): Promise<PartnerRequestEntity> {
    const { identifiers } = await transaction.getRepository(PartnerRequestEntity).insert({ ...fields, seedKey: null });
    return (await this.findById(identifiers[0].id as string, transaction))!;
  }

  findById(id: string, transaction?: Transaction): Promise<PartnerRequestEntity | null> {
    return (transaction ? transaction.getRepository(PartnerRequestEntity) : this.requests).findOne({ where: { id }, relations: FULL });
  }

  /** In the order of `ids`, those that exist. */
  async findSummaries(ids: string[]): Promise<PartnerRequestEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.requests.find({ where: { id: In(ids) }, relations: SUMMARY });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** How many answers each request has. */
  async answerCounts(requestIds: string[]): Promise<Map<string, number>> {
    if (requestIds.length === 0) return new Map();
    const rows = (await this.answers.query(`SELECT request_id, count(*)::int AS count FROM partner_answers WHERE request_id = ANY($1::uuid[]) GROUP BY request_id`, [requestIds])) as { request_id: string; count: number }[];
    return new Map(rows.map((row) => [row.request_id, row.count]));
  }

  listPostedBy(municipalityId: string): Promise<PartnerRequestEntity[]> {
    return this.requests.find({ where: { municipalityId }, relations: SUMMARY, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  listAnswersBy(municipalityId: string): Promise<PartnerAnswerEntity[]> {
    return this.answers.find({ where: { municipalityId }, relations: ANSWER, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  /** Accepted pairs waiting for a moderator, longest waiting first. */
  listAwaitingConfirmation(): Promise<PartnerAnswerEntity[]> {
    return this.answers.find({ where: { status: 'accepted' }, relations: ANSWER, order: { updatedAt: 'ASC', id: 'ASC' } });
  }

  async insertAnswer(fields: Pick<PartnerAnswerEntity, 'requestId' | 'municipalityId' | 'createdById' | 'message'>, transaction: Transaction): Promise<PartnerAnswerEntity> {
    const { identifiers } = await transaction.getRepository(PartnerAnswerEntity).insert({ ...fields, status: 'interested', partnershipId: null });
    return (await this.findAnswer(identifiers[0].id as string, transaction))!;
  }

  findAnswer(id: string, transaction?: Transaction): Promise<PartnerAnswerEntity | null> {
    return (transaction ? transaction.getRepository(PartnerAnswerEntity) : this.answers).findOne({ where: { id }, relations: ANSWER });
  }

  /** Locks the answer, so decisions on it happen one after the other. */
  async findAnswerForUpdate(id: string, transaction: Transaction): Promise<PartnerAnswerEntity | null> {
    return (await lockRow(transaction, PartnerAnswerEntity, id)) ? this.findAnswer(id, transaction) : null;
  }

  async updateAnswer(id: string, changes: { status: PartnerAnswerStatus; partnershipId?: string }, transaction: Transaction): Promise<PartnerAnswerEntity> {
    await transaction.getRepository(PartnerAnswerEntity).update({ id }, changes);
    return (await this.findAnswer(id, transaction))!;
  }

  /**
   * Other towns with staff whose published practices share one of these themes, with their size
   * and country for the caller to match against what the request wants.
   */
  async townsWorkingOn(themes: Theme[], except: string, transaction: Transaction): Promise<Pick<MunicipalityEntity, 'id' | 'population' | 'country'>[]> {
    return (await transaction.query(
      `SELECT m.id, m.population, m.country FROM municipalities m
       WHERE m.id <> $2 AND EXISTS (
         SELECT 1 FROM case_studies cs JOIN case_study_revisions rev ON rev.id = cs.published_revision_id
         WHERE cs.municipality_id = m.id AND cs.status <> 'archived' AND rev.content->'themes' ?| $1::text[])`,
      [themes, except],
    )) as Pick<MunicipalityEntity, 'id' | 'population' | 'country'>[];
  }

  /**
   * The search when Meilisearch cannot answer: the same filters in SQL, newest first, the words of
   * `q` found anywhere in the texts or the town's names (case and diacritics ignored), and each
   * facet counted with every filter but its own. `today` is YYYY-MM-DD.
   */
  async search(query: Pick<PartnerRequestListQuery, 'q'>, filters: FacetFilters, today: string, pagination: Pagination): Promise<{ ids: string[]; total: number; facets: FacetCounts }> {
    const where = (skip?: PartnerRequestFacet) => {
      const params: unknown[] = [today];
      const clauses = PARTNER_REQUEST_FACETS.filter((facet) => facet !== skip && filters[facet]?.length).map((facet) => {
        params.push(facet === 'partner_population_band' ? populationBandFilterValues(filters[facet]!) : filters[facet]);
        return `(${FACET_VALUES[facet]}) && $${params.length}::text[]`;
      });
      for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
        params.push(word);
        clauses.push(`search_normalize(r.title || ' ' || r.description || ' ' || r.offers || ' ' || r.seeks || ' ' || m.name_local || ' ' || m.name_en) LIKE '%' || search_normalize($${params.length}) || '%'`);
      }
      return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
    };
    const from = 'FROM partner_requests r JOIN municipalities m ON m.id = r.municipality_id';
    const main = where();
    const rows = (await this.requests.query(
      `SELECT r.id, count(*) OVER ()::int AS total ${from} ${main.sql} ORDER BY r.created_at DESC, r.id LIMIT $${main.params.length + 1} OFFSET $${main.params.length + 2}`,
      [...main.params, pagination.perPage, pagination.offset],
    )) as { id: string; total: number }[];
    const total = rows[0]?.total ?? (pagination.offset > 0 ? await this.count(from, main) : 0);
    const facets = Object.fromEntries(
      await Promise.all(
        PARTNER_REQUEST_FACETS.map(async (facet) => {
          const scope = where(facet);
          const counts = (await this.requests.query(`SELECT value, count(*)::int AS count ${from} CROSS JOIN unnest(${FACET_VALUES[facet]}) AS value ${scope.sql} GROUP BY value`, scope.params)) as {
            value: string;
            count: number;
          }[];
          return [facet, Object.fromEntries(counts.map((row) => [row.value, row.count]))];
        }),
      ),
    ) as FacetCounts;
    return { ids: rows.map((row) => row.id), total, facets };
  }

  private async count(from: string, scope: { sql: string; params: unknown[] }): Promise<number> {
    const [{ count }] = (await this.requests.query(`SELECT count(*)::int AS count ${from} ${scope.sql}`, scope.params)) as { count: number }[];
    return count;
  }

  /** The names of these funding programmes, by id, for the facet labels. */
  async programmeNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = (await this.requests.query(`SELECT id, name FROM funding_programmes WHERE id = ANY($1::uuid[])`, [ids])) as { id: string; name: string }[];
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
