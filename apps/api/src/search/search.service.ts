import { Injectable, Logger } from '@nestjs/common';
import {
  type CaseStudyLanguage,
  EXPORT_MAX_RECORDS,
  type ExportRecord,
  type FacetValue,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  PAGINATION_MAX_PER_PAGE,
  type SearchFacet,
  SEARCH_FACETS,
  type SearchHit,
  type SearchQuery,
  type SearchResponse,
  withGlossaryStems,
} from '@twinning/contracts';
import { type Hit, type MultiSearchQuery } from 'meilisearch';
import { toPagination } from '../common/dto/page-query.dto';
import { FundingRepository } from '../funding/funding.repository';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { type CaseStudyDocument, toCaseStudyDocument } from './case-study-document';
import { toExportRecord } from './open-data';
import { openDataCatalog } from './open-data-catalog';
import { PostgresSearchRepository } from './postgres-search.repository';
import { CASE_STUDY_INDEX } from './search-indexer.service';
import { MetricsService } from '../observability/metrics.service';
import { SearchRepository } from './search.repository';
import { similarityScore } from './similar-practices';

/** The index attribute behind each filter of the search API. */
const FACET_ATTRIBUTES: Record<SearchFacet, keyof CaseStudyDocument> = {
  sdg: 'sdgs',
  sdg_target: 'sdgTargets',
  theme: 'themes',
  outcome: 'outcome',
  failure_cause: 'failureCauses',
  failure_stage: 'failureStage',
  country: 'country',
  municipality: 'municipalityId',
  language: 'language',
  year: 'year',
  funding: 'funding',
  population_band: 'populationBand',
  programme: 'programmes',
  collection: 'collections',
};

/** The facets whose values are ids, answered with their names as labels. */
type LabelledFacet = 'municipality' | 'programme';
const LABELLED_FACETS: ReadonlySet<SearchFacet> = new Set<LabelledFacet>(['municipality', 'programme']);

const SIMILAR_LIMIT = 6;
/** How many practices each of the two candidate queries of similar practices brings to be ranked. */
const SIMILAR_CANDIDATES = 40;
const NAMES_TTL_MS = 30_000;
const CROP_WORDS = 30;

/** A value inside a filter expression: quoted and escaped, so no value can change the expression's meaning. */
export function filterValue(value: string | number): string {
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * One filter expression per active filter. Values of one filter are alternatives (IN), different
 * filters all apply; `partners_of` and the year range are filters without facets of their own.
 */
export function buildFilters(query: SearchQuery): Map<SearchFacet | 'partners_of', string> {
  const filters = new Map<SearchFacet | 'partners_of', string>();
  const lists: [SearchFacet, (string | number)[] | undefined][] = [
    ['sdg', query.sdg],
    ['sdg_target', query.sdg_target],
    ['theme', query.theme],
    ['outcome', query.outcome],
    ['failure_cause', query.failure_cause],
    ['failure_stage', query.failure_stage],
    ['country', query.country],
    ['municipality', query.municipality],
    ['language', query.language],
    ['funding', query.funding],
    ['population_band', query.population_band],
    ['programme', query.programme],
    ['collection', query.collection],
  ];
  for (const [facet, values] of lists) {
    if (values?.length) filters.set(facet, `${FACET_ATTRIBUTES[facet]} IN [${values.map(filterValue).join(', ')}]`);
  }
  const years = [query.year_from !== undefined && `year >= ${Number(query.year_from)}`, query.year_to !== undefined && `year <= ${Number(query.year_to)}`].filter(Boolean);
  if (years.length) filters.set('year', years.join(' AND '));
  if (query.partners_of) filters.set('partners_of', `ownerPartnerIds = ${filterValue(query.partners_of)}`);
  return filters;
}

/**
 * What a hit shows (toSearchHit), and nothing more: the long texts stay in Meilisearch, which
 * would otherwise send the whole of every hit's story for the API to parse and drop.
 */
const HIT_ATTRIBUTES: (keyof CaseStudyDocument)[] = ['id', 'title', 'summary', 'translationLanguages', 'translatedTitles', 'translatedSummaries', 'outcome', 'language', 'sdgs', 'sdgTargets', 'themes', 'failureCauses', 'failureStage', 'municipality', 'anonymousOrigin', 'country', 'year', 'publishedAt', 'adaptationCount', 'featured', 'cover'];
/** A hit's fields and what similar practices compare. */
const SIMILAR_ATTRIBUTES: (keyof CaseStudyDocument)[] = [...HIT_ATTRIBUTES, 'glossaryTerms', 'anonymousWriteUpOf'];

/**
 * The Meilisearch queries of one search: the hits with every filter, then one query per active
 * filter without it, for that filter's own facet counts (so its other values keep their counts).
 * `hitsOnly` (an export) asks for the hits alone: no highlights, no facet counts.
 */
export function buildMeilisearchQueries(query: SearchQuery, hitsOnly = false): { queries: Omit<MultiSearchQuery, 'indexUid'>[]; disjunctive: SearchFacet[] } {
  const pagination = toPagination(query);
  const filters = buildFilters(query);
  const q = withGlossaryStems(query.q?.trim() ?? '');
  const sort =
    query.sort === 'newest' || (!q && (query.sort ?? 'relevance') === 'relevance')
      ? ['publishedAt:desc']
      : query.sort === 'most_adapted'
        ? ['adaptationCount:desc', 'publishedAt:desc']
        : undefined;
  const hits = { q, filter: [...filters.values()], page: pagination.page, hitsPerPage: pagination.perPage, sort, attributesToRetrieve: HIT_ATTRIBUTES };
  if (hitsOnly) return { queries: [hits], disjunctive: [] };
  const disjunctive = SEARCH_FACETS.filter((facet) => filters.has(facet));
  const queries: Omit<MultiSearchQuery, 'indexUid'>[] = [
    {
      ...hits,
      facets: SEARCH_FACETS.map((facet) => FACET_ATTRIBUTES[facet]),
      attributesToHighlight: ['title', 'summary', 'lessons', 'translatedTitles', 'translatedSummaries'],
      attributesToCrop: ['summary', 'lessons', 'translatedSummaries'],
      cropLength: CROP_WORDS,
      highlightPreTag: HIGHLIGHT_START,
      highlightPostTag: HIGHLIGHT_END,
    },
    ...disjunctive.map((facet) => ({
      q,
      filter: [...filters.entries()].filter(([key]) => key !== facet).map(([, expression]) => expression),
      facets: [FACET_ATTRIBUTES[facet]],
      limit: 0,
    })),
  ];
  return { queries, disjunctive };
}

/** Facet values of equal count in natural order ("2" before "10"); one collator, not one per comparison. */
const FACET_VALUE_ORDER = new Intl.Collator(undefined, { numeric: true });

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);
  private readonly names = new Map<LabelledFacet, { readAt: number; byId: Map<string, string> }>();

  constructor(
    private readonly search: SearchRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly funding: FundingRepository,
    private readonly postgres: PostgresSearchRepository,
    private readonly metrics: MetricsService,
  ) {}

  /**
   * Meilisearch answers; when it cannot, PostgreSQL does, and the answer says `degraded`.
   * `hitsOnly` (an export, a list of cards) leaves the facets empty and the highlights out.
   */
  searchCaseStudies(query: SearchQuery, { hitsOnly = false } = {}): Promise<SearchResponse> {
    return this.metrics.timeSearch(async () => {
      const started = performance.now();
      try {
        return await this.searchMeilisearch(query, started, hitsOnly);
      } catch (error) {
        this.logger.warn(`Meilisearch did not answer; searching PostgreSQL instead: ${String(error)}`);
        return this.searchPostgres(query, started, hitsOnly);
      }
    });
  }

  private async searchPostgres(query: SearchQuery, started: number, hitsOnly: boolean): Promise<SearchResponse> {
    const pagination = toPagination(query);
    const result = await this.postgres.search(query, pagination, [HIGHLIGHT_START, HIGHLIGHT_END], !hitsOnly);
    const distribution = Object.fromEntries(SEARCH_FACETS.map((facet) => [FACET_ATTRIBUTES[facet], result.facets[facet]]));
    return {
      hits: result.rows.map((row) => {
        const hit = toSearchHit(toCaseStudyDocument(row), query.lang ? [query.lang] : []);
        // PostgreSQL highlights the original's texts only: a translation shown is shown plain.
        return hit.shownLanguage === hit.language ? { ...hit, highlight: row.highlight } : hit;
      }),
      total: result.total,
      page: pagination.page,
      perPage: pagination.perPage,
      facets: await this.toFacets(distribution),
      tookMs: elapsedSince(started),
      degraded: true,
    };
  }

  private async searchMeilisearch(query: SearchQuery, started: number, hitsOnly: boolean): Promise<SearchResponse> {
    const pagination = toPagination(query);
    const { queries, disjunctive } = buildMeilisearchQueries(query, hitsOnly);
    const [main, ...facetResults] = await this.search.multiSearch<CaseStudyDocument>(CASE_STUDY_INDEX, queries);
    const distribution = { ...main.facetDistribution };
    disjunctive.forEach((facet, index) => {
      const attribute = FACET_ATTRIBUTES[facet];
      distribution[attribute] = facetResults[index].facetDistribution?.[attribute] ?? {};
    });
    return {
      hits: main.hits.map((hit) => toSearchHit(hit, query.lang ? [query.lang] : [])),
      total: main.totalHits ?? main.estimatedTotalHits ?? 0,
      page: pagination.page,
      perPage: pagination.perPage,
      facets: await this.toFacets(distribution),
      tookMs: elapsedSince(started),
      degraded: false,
    };
  }

  /**
   * Every published case study the search matches (at most EXPORT_MAX_RECORDS), as open-data
   * records. `beforeNextPage` runs before each page after the first, so that each counts as a
   * search against the caller's limit (and a throw stops the export).
   */
  async exportCaseStudies(query: SearchQuery, publicUrl: string, beforeNextPage: () => void = () => undefined): Promise<ExportRecord[]> {
    const records: ExportRecord[] = [];
    for (let page = 1; records.length < EXPORT_MAX_RECORDS; page++) {
      if (page > 1) beforeNextPage();
      // Records name the original's language: their title and summary are the original's too.
      const result = await this.searchCaseStudies({ ...query, lang: undefined, page, per_page: PAGINATION_MAX_PER_PAGE }, { hitsOnly: true });
      const contents = await this.postgres.publishedContents(result.hits.map((hit) => hit.id));
      // A hit whose case study was unpublished between the two reads is left out.
      records.push(...result.hits.flatMap((hit) => {
        const content = contents.get(hit.id);
        return content ? [toExportRecord(hit, content, publicUrl)] : [];
      }));
      if (result.hits.length < PAGINATION_MAX_PER_PAGE || records.length >= result.total) break;
    }
    return records.slice(0, EXPORT_MAX_RECORDS);
  }

  /** The open data's DCAT-AP description (JSON-LD). */
  async openDataCatalog(publicUrl: string): Promise<Record<string, unknown>> {
    return openDataCatalog({ publicUrl, ...(await this.postgres.publishedSpan()) });
  }

  /**
   * Published practices on the same themes, goals or failure causes, those sharing the most (and
   * closest in wording) first, each in the first of `preferredLanguages` it is published in; none
   * while Meilisearch is away.
   */
  async similarCaseStudies(id: string, preferredLanguages: readonly string[] = []): Promise<SearchHit[]> {
    try {
      return await this.similarFromMeilisearch(id, preferredLanguages);
    } catch (error) {
      this.logger.warn(`Meilisearch did not answer; no similar practices for now: ${String(error)}`);
      return [];
    }
  }

  private async similarFromMeilisearch(id: string, preferredLanguages: readonly string[]): Promise<SearchHit[]> {
    const [source] = await this.search.multiSearch<CaseStudyDocument>(CASE_STUDY_INDEX, [{ filter: [`id = ${filterValue(id)}`], limit: 1, attributesToRetrieve: SIMILAR_ATTRIBUTES }]);
    const document = source.hits[0];
    if (!document) return [];
    // An anonymous write-up never stands beside the practice it adapted, on either's page: that
    // page lists the adapting towns by name.
    const apart = [`id != ${filterValue(id)}`, `NOT anonymousWriteUpOf = ${filterValue(id)}`];
    if (document.anonymousWriteUpOf) apart.push(`id != ${filterValue(document.anonymousWriteUpOf)}`);
    const related = [
      document.themes.length ? `themes IN [${document.themes.map(filterValue).join(', ')}]` : '',
      document.sdgs.length ? `sdgs IN [${document.sdgs.map(filterValue).join(', ')}]` : '',
      document.failureCauses.length ? `failureCauses IN [${document.failureCauses.map(filterValue).join(', ')}]` : '',
    ].filter(Boolean);
    const filter = [...apart, related.join(' OR ') || 'id EXISTS'];
    // Candidates: those closest in wording to the title, and (where few words match) others on the
    // same themes, goals or failure causes; then ranked by all that they share.
    const [byWording, byTraits] = await this.search.multiSearch<CaseStudyDocument>(CASE_STUDY_INDEX, [
      { q: document.title, matchingStrategy: 'frequency', filter, limit: SIMILAR_CANDIDATES, attributesToRetrieve: SIMILAR_ATTRIBUTES, showRankingScore: true },
      { filter, limit: SIMILAR_CANDIDATES, attributesToRetrieve: SIMILAR_ATTRIBUTES },
    ]);
    const candidates = new Map<string, { hit: Hit<CaseStudyDocument>; score: number }>();
    for (const hit of [...byWording.hits, ...byTraits.hits]) {
      if (!candidates.has(hit.id)) candidates.set(hit.id, { hit, score: similarityScore(document, hit, hit._rankingScore ?? 0) });
    }
    return [...candidates.values()]
      .sort((a, b) => b.score - a.score)
      .slice(0, SIMILAR_LIMIT)
      .map(({ hit }) => toSearchHit(hit, preferredLanguages));
  }

  /**
   * Names for a facet whose values are ids, read once per interval rather than once per search:
   * towns and programmes are few and rarely renamed, and a search should not wait on PostgreSQL for them.
   */
  private async namesOf(facet: LabelledFacet): Promise<Map<string, string>> {
    const cached = this.names.get(facet);
    if (cached && Date.now() - cached.readAt <= NAMES_TTL_MS) return cached.byId;
    const rows = facet === 'municipality' ? (await this.municipalities.findAllNames()).map((town) => ({ id: town.id, name: town.nameLocal })) : await this.funding.findAllNames();
    const byId = new Map(rows.map((row) => [row.id, row.name]));
    this.names.set(facet, { readAt: Date.now(), byId });
    return byId;
  }

  private async toFacets(distribution: Record<string, Record<string, number>>): Promise<Record<SearchFacet, FacetValue[]>> {
    const facets = {} as Record<SearchFacet, FacetValue[]>;
    for (const facet of SEARCH_FACETS) {
      const counts = Object.entries(distribution[FACET_ATTRIBUTES[facet]] ?? {});
      const names = LABELLED_FACETS.has(facet) && counts.length > 0 ? await this.namesOf(facet as LabelledFacet) : undefined;
      facets[facet] = counts
        .map(([value, count]): FacetValue => (names ? { value, count, label: names.get(value) ?? value } : { value, count }))
        .sort((a, b) => b.count - a.count || FACET_VALUE_ORDER.compare(a.value, b.value));
    }
    return facets;
  }
}

function elapsedSince(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}

/**
 * A hit in the first of the reader's languages (`preferred`, best first) that it is published in:
 * an approved translation's texts, or the original's.
 */
function toSearchHit(hit: Hit<CaseStudyDocument>, preferred: readonly string[] = []): SearchHit {
  const formatted = (hit._formatted ?? {}) as Partial<Record<'title' | 'summary' | 'lessons', string> & Record<'translatedTitles' | 'translatedSummaries', string[]>>;
  const translationLanguages: readonly string[] = hit.translationLanguages ?? [];
  const lang = preferred.find((language) => language === hit.language || translationLanguages.includes(language)) as CaseStudyLanguage | undefined;
  const translated = lang && lang !== hit.language ? translationLanguages.indexOf(lang) : -1;
  if (translated >= 0) {
    const title = hit.translatedTitles[translated];
    const summary = hit.translatedSummaries[translated];
    return {
      ...toSearchHit(hit),
      title,
      summary,
      shownLanguage: lang!,
      highlight: { title: formatted.translatedTitles?.[translated] ?? title, summary: formatted.translatedSummaries?.[translated] ?? summary, lessons: '' },
    };
  }
  return {
    id: hit.id,
    title: hit.title,
    summary: hit.summary,
    outcome: hit.outcome,
    language: hit.language,
    shownLanguage: hit.language,
    sdgs: hit.sdgs,
    sdgTargets: hit.sdgTargets,
    themes: hit.themes,
    failureCauses: hit.failureCauses,
    failureStage: hit.failureStage,
    municipality: hit.municipality,
    anonymousOrigin: hit.anonymousOrigin,
    country: hit.country,
    year: hit.year,
    publishedAt: new Date(hit.publishedAt).toISOString(),
    adaptationCount: hit.adaptationCount,
    featured: hit.featured,
    cover: hit.cover ?? null,
    highlight: { title: formatted.title ?? hit.title, summary: formatted.summary ?? hit.summary, lessons: formatted.lessons ?? '' },
  };
}
