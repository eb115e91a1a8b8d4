import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CaseStudyContent, glossarySynonyms, type SearchFacet, SEARCH_FACETS, type SearchQuery } from '@twinning/contracts';
import { DataSource } from 'typeorm';
import { DISCLOSED_POPULATION_BAND_SQL, disclosedCountrySql } from '../case-studies/anonymous-origin';
import { type Pagination } from '../common/dto/page-query.dto';
import { type AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { type IndexableCaseStudy } from './case-study-document';
import { activePartnerIdsSql, INDEXABLE_COLUMNS, type IndexableRow, toIndexableCaseStudy } from './case-study-documents.repository';

/** The same letters PostgreSQL's search_normalize() keeps: lower case, no diacritics, ı → i. */
export function normalizeSearchText(text: string): string {
  return text.replace(/[ıİ]/g, 'i').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Single-word glossary terms, normalised, each with its single-word synonyms. */
const WORD_SYNONYMS: ReadonlyMap<string, string[]> = new Map(
  Object.entries(glossarySynonyms())
    .filter(([term]) => !term.includes(' '))
    .map(([term, synonyms]) => [normalizeSearchText(term), synonyms.filter((synonym) => !synonym.includes(' ')).map(normalizeSearchText)]),
);

/**
 * The query as a tsquery text: every word must match, each through any of its glossary
 * synonyms. Words are reduced to [a-z0-9], so nothing typed can reach tsquery's syntax.
 */
export function toTsQuery(q: string): string {
  const words = normalizeSearchText(q).split(/[^a-z0-9]+/).filter(Boolean).slice(0, 12);
  return words
    .map((word) => {
      const alternatives = [word, ...(WORD_SYNONYMS.get(word) ?? [])].map((term) => term.replace(/[^a-z0-9]/g, '')).filter(Boolean);
      return `(${[...new Set(alternatives)].map((term) => `${term}:*`).join(' | ')})`;
    })
    .join(' & ');
}


/**
 * The fields the facets read, from the revision's small `search_facets` column once per row: a
 * search that matches most of the corpus never opens the (large, compressed) content of a row
 * that does not reach the page.
 */
const FACET_FIELDS = `jsonb_to_record(r.search_facets) AS c(sdgs jsonb, "sdgTargets" jsonb, themes jsonb, outcome text, "failureCauses" jsonb, "failureStage" text, language text, year text, funding jsonb, programmes jsonb)`;

/**
 * Each case study's collections (ids), as `cm`. Membership is not content, so it is not in
 * search_facets; grouped once and joined rather than looked up row by row, as a search that
 * matches most of the corpus counts it for every row.
 */
const COLLECTION_MEMBERSHIPS = `(SELECT case_study_id, jsonb_agg(collection_id::text) AS collection_ids FROM collection_case_studies GROUP BY case_study_id) cm`;

/**
 * How each facet's values are read from a row (FACET_FIELDS as `c`, COLLECTION_MEMBERSHIPS as `cm`): a jsonb array for a
 * facet of several values, else a scalar. An anonymous case study has no town, no size band, and a
 * country only where enough towns share it.
 */
function facetValues(minTowns: number): Record<SearchFacet, string> {
  return {
    sdg: `c.sdgs`,
    sdg_target: `c."sdgTargets"`,
    theme: `c.themes`,
    outcome: `c.outcome`,
    failure_cause: `c."failureCauses"`,
    failure_stage: `c."failureStage"`,
    country: disclosedCountrySql(minTowns),
    municipality: `CASE WHEN NOT cs.published_anonymously THEN cs.municipality_id::text END`,
    language: `c.language`,
    year: `c.year`,
    funding: `c.funding`,
    population_band: DISCLOSED_POPULATION_BAND_SQL,
    programme: `c.programmes`,
    collection: `coalesce(cm.collection_ids, '[]')`,
  };
}

/** The facets a case study can have several values of; every other facet has at most one. */
const MULTI_VALUED_FACETS: ReadonlySet<SearchFacet> = new Set(['sdg', 'sdg_target', 'theme', 'failure_cause', 'funding', 'programme', 'collection']);

interface Row extends IndexableRow {
  total: number;
  facet_counts: { facet: SearchFacet; value: string; count: number }[] | null;
  title_highlight: string;
  summary_highlight: string;
  lessons_highlight: string;
}

export interface PostgresSearchResult {
  rows: (IndexableCaseStudy & { highlight: { title: string; summary: string; lessons: string } })[];
  total: number;
  facets: Record<SearchFacet, Record<string, number>>;
}

/**
 * Full-text search in PostgreSQL, for when Meilisearch is away: matches anywhere in the case study
 * (found through the GIN index), ranked by title and summary (a small vector kept in the row) and
 * title similarity; accent-insensitive, glossary synonyms, trigram matching of titles for typos,
 * the same filters and facet counts (each without its own filter). Slower at scale, but it answers.
 */
@Injectable()
export class PostgresSearchRepository {
  private readonly facetValues: Record<SearchFacet, string>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'anonymityMinTowns'>,
  ) {
    this.facetValues = facetValues(config.anonymityMinTowns);
  }

  /**
   * One statement that finds the matching rows once: each active filter becomes a column of them,
   * the page and the total take the rows that pass every filter, and each facet counts the rows
   * that pass every filter but its own. `withFacets: false` (an export) skips the facet counts.
   */
  /** When the first and the latest of the public case studies were published (the open-data catalogue's dates). */
  async publishedSpan(): Promise<{ firstPublishedAt: Date | null; lastPublishedAt: Date | null }> {
    const [row] = (await this.dataSource.query(
      `SELECT min(published_at) AS first, max(published_at) AS last FROM case_studies WHERE published_revision_id IS NOT NULL AND status <> 'archived'`,
    )) as { first: Date | null; last: Date | null }[];
    return { firstPublishedAt: row.first, lastPublishedAt: row.last };
  }

  /** The published content of each of these case studies, by id (for the open-data export). */
  async publishedContents(ids: readonly string[]): Promise<Map<string, CaseStudyContent>> {
    const rows = (await this.dataSource.query(
      'SELECT cs.id, r.content FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id WHERE cs.id = ANY($1::uuid[])',
      [ids],
    )) as { id: string; content: CaseStudyContent }[];
    return new Map(rows.map((row) => [row.id, row.content]));
  }

  async search(query: SearchQuery, pagination: Pagination, highlightTags: [string, string], withFacets = true): Promise<PostgresSearchResult> {
    const q = query.q?.trim() ?? '';
    const tsQuery = q ? toTsQuery(q) : '';
    const parameters: unknown[] = [];
    const param = (value: unknown) => `$${parameters.push(value)}`;
    const text = tsQuery ? { tsQuery: param(tsQuery), normalized: param(normalizeSearchText(q)) } : undefined;
    const filters = this.filters(query, param);
    const facetFilters = filters.filter(([filter]) => filter !== 'partners_of');
    const where = [
      `cs.status <> 'archived'`,
      ...(text
        ? [
            // Each alternative is a list of ids from an index: testing the match row by row would
            // decompress every row's full vector.
            `(r.id IN (SELECT case_study_revisions_matching(to_tsquery('simple', ${text.tsQuery})))
              OR r.id IN (SELECT id FROM typo_titles)
              OR translation_ranks.case_study_id IS NOT NULL)`,
          ]
        : []),
      // Not a facet: it always applies.
      ...filters.filter(([filter]) => filter === 'partners_of').map(([, condition]) => condition),
    ];
    const passing = (except?: SearchFacet) => facetFilters.filter(([filter]) => filter !== except).map(([filter]) => `"passes_${filter}"`).join(' AND ') || 'true';

    const byAdaptations = query.sort === 'most_adapted';
    // Only a match in the title or summary (or a title within typo reach, or a translation) is
    // ranked; a match elsewhere alone ranks 0 and goes by date. A common word matches most of the
    // corpus, but few titles and summaries: ranking every match cost ~2.5 s at 100,000.
    const rank = text
      ? `CASE WHEN r.search_rank_vector @@ to_tsquery('simple', ${text.tsQuery}) OR r.id IN (SELECT id FROM typo_titles)
           THEN ts_rank(r.search_rank_vector, to_tsquery('simple', ${text.tsQuery})) + word_similarity(${text.normalized}, r.search_title) ELSE 0 END
         + coalesce(translation_ranks.rank, 0)`
      : '0';
    const order = byAdaptations
      ? 'adaptation_count DESC, published_at DESC, id'
      : text && (query.sort ?? 'relevance') === 'relevance'
        ? 'rank DESC, published_at DESC, id'
        : 'published_at DESC, id';
    const columns = [
      'cs.id',
      'cs.published_at',
      `${rank} AS rank`,
      `${byAdaptations ? '(SELECT count(*) FROM adaptations a WHERE a.case_study_id = cs.id)' : '0'} AS adaptation_count`,
      // Plain columns (a jsonb array for a facet of several values): a sub-select per facet and row
      // is most of the cost of counting when a search matches most of the corpus.
      ...(withFacets ? SEARCH_FACETS.map((facet) => `(${this.facetValues[facet]})${MULTI_VALUED_FACETS.has(facet) ? '' : '::text'} AS "${facet}"`) : []),
      ...facetFilters.map(([filter, condition]) => `(${condition}) AS "passes_${filter}"`),
    ];
    const facetCounts = withFacets
      ? `SELECT json_agg(counts) FROM (SELECT facet, value, count(*)::int AS count FROM (${SEARCH_FACETS.map(
          (facet) =>
            MULTI_VALUED_FACETS.has(facet)
              ? `SELECT '${facet}' AS facet, jsonb_array_elements_text("${facet}") AS value FROM matched WHERE ${passing(facet)}`
              : `SELECT '${facet}' AS facet, "${facet}" AS value FROM matched WHERE "${facet}" IS NOT NULL AND ${passing(facet)}`,
        ).join(' UNION ALL ')}) facets GROUP BY facet, value) counts`
      : 'NULL';
    const headline = (field: string, words: number) =>
      text
        ? `ts_headline('simple', ${field}, to_tsquery('simple', ${text.tsQuery}), ${param(`StartSel=${highlightTags[0]}, StopSel=${highlightTags[1]}, MaxWords=${words}, MinWords=${Math.min(words, 15)}, HighlightAll=${words > 100}`)})`
        : field;
    const rows = (await this.dataSource.query(
      `WITH ${
        text
          ? // The titles within a typo of the query, and the best rank of each case study's matching
            // translations, both found through their indexes.
            `typo_titles AS (SELECT id FROM case_study_revisions WHERE ${text.normalized} <% search_title),
             translation_ranks AS (
               SELECT t.case_study_id, max(ts_rank(tr.search_vector, to_tsquery('simple', ${text.tsQuery}))) AS rank
               FROM case_study_translations t JOIN case_study_translation_revisions tr ON tr.id = t.published_revision_id
               WHERE tr.search_vector @@ to_tsquery('simple', ${text.tsQuery}) GROUP BY t.case_study_id
             ),`
          : ''
      }
       matched AS MATERIALIZED (
         SELECT ${columns.join(', ')}
         FROM case_studies cs JOIN case_study_revisions r ON r.id = cs.published_revision_id JOIN municipalities m ON m.id = cs.municipality_id
         ${withFacets ? `CROSS JOIN LATERAL ${FACET_FIELDS} LEFT JOIN ${COLLECTION_MEMBERSHIPS} ON cm.case_study_id = cs.id` : ''}
         ${text ? 'LEFT JOIN translation_ranks ON translation_ranks.case_study_id = cs.id' : ''}
         WHERE ${where.join(' AND ')}
       ),
       passing AS (SELECT id, published_at, rank, adaptation_count FROM matched WHERE ${passing()}),
       -- The page first, then its order as positions: numbering every passing row sorted them all.
       page AS (SELECT id, row_number() OVER (ORDER BY ${order}) AS position
                FROM (SELECT * FROM passing ORDER BY ${order} LIMIT ${param(pagination.perPage)} OFFSET ${param(pagination.offset)}) top)
       SELECT summary.total, summary.facet_counts, hit.*
       FROM (SELECT (SELECT count(*)::int FROM passing) AS total, (${facetCounts}) AS facet_counts) summary
       LEFT JOIN LATERAL (
         SELECT page.position, ${INDEXABLE_COLUMNS},
           ${headline(`r.content->>'title'`, 1000)} AS title_highlight,
           ${headline(`r.content->>'summary'`, 30)} AS summary_highlight,
           ${headline(`concat_ws(' ', r.content->>'whatWorked', r.content->>'whatDidNotWork', r.content->>'whatWeWouldDoDifferently')`, 30)} AS lessons_highlight
         FROM page JOIN case_studies cs ON cs.id = page.id JOIN case_study_revisions r ON r.id = cs.published_revision_id JOIN municipalities m ON m.id = cs.municipality_id
       ) hit ON true
       ORDER BY hit.position`,
      parameters,
    )) as Row[];

    // Without hits on the page, the one row carries only the total and the facets.
    const facets = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, {}])) as Record<SearchFacet, Record<string, number>>;
    for (const { facet, value, count } of rows[0].facet_counts ?? []) facets[facet][value] = count;
    return {
      total: rows[0].total,
      facets,
      rows: rows
        .filter((row) => row.id !== null)
        .map((row) => ({
          ...toIndexableCaseStudy(row, [], this.config.anonymityMinTowns),
          highlight: { title: row.title_highlight, summary: row.summary_highlight, lessons: row.lessons_highlight },
        })),
    };
  }

  /** One SQL condition per active filter, with the values as parameters. */
  private filters(query: SearchQuery, param: (value: unknown) => string): [SearchFacet | 'partners_of', string][] {
    // Each condition is built only when it applies, so its parameters are numbered only then.
    const conditions: [SearchFacet | 'partners_of', boolean, () => string][] = [
      ['sdg', Boolean(query.sdg?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'sdgs') v WHERE v = ANY(${param(query.sdg!.map(String))}::text[]))`],
      ['theme', Boolean(query.theme?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'themes') v WHERE v = ANY(${param(query.theme)}::text[]))`],
      ['sdg_target', Boolean(query.sdg_target?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'sdgTargets') v WHERE v = ANY(${param(query.sdg_target)}::text[]))`],
      ['failure_cause', Boolean(query.failure_cause?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'failureCauses') v WHERE v = ANY(${param(query.failure_cause)}::text[]))`],
      ['failure_stage', Boolean(query.failure_stage?.length), () => `r.search_facets->>'failureStage' = ANY(${param(query.failure_stage)}::text[])`],
      ['funding', Boolean(query.funding?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'funding') v WHERE v = ANY(${param(query.funding)}::text[]))`],
      ['programme', Boolean(query.programme?.length), () => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.search_facets->'programmes') v WHERE v = ANY(${param(query.programme)}::text[]))`],
      ['collection', Boolean(query.collection?.length), () => `EXISTS (SELECT 1 FROM collection_case_studies cc WHERE cc.case_study_id = cs.id AND cc.collection_id = ANY(${param(query.collection)}::uuid[]))`],
      ['outcome', Boolean(query.outcome?.length), () => `r.search_facets->>'outcome' = ANY(${param(query.outcome)}::text[])`],
      ['country', Boolean(query.country?.length), () => `${this.facetValues.country} = ANY(${param(query.country)}::text[])`],
      ['municipality', Boolean(query.municipality?.length), () => `NOT cs.published_anonymously AND cs.municipality_id = ANY(${param(query.municipality)}::uuid[])`],
      ['language', Boolean(query.language?.length), () => `r.search_facets->>'language' = ANY(${param(query.language)}::text[])`],
      ['population_band', Boolean(query.population_band?.length), () => `${DISCLOSED_POPULATION_BAND_SQL} = ANY(${param(query.population_band)}::text[])`],
      [
        'year',
        query.year_from !== undefined || query.year_to !== undefined,
        () =>
          [
            query.year_from !== undefined ? `(r.search_facets->>'year')::int >= ${param(query.year_from)}::int` : '',
            query.year_to !== undefined ? `(r.search_facets->>'year')::int <= ${param(query.year_to)}::int` : '',
          ]
            .filter(Boolean)
            .join(' AND '),
      ],
      [
        'partners_of',
        Boolean(query.partners_of),
        () => `NOT cs.published_anonymously AND cs.municipality_id IN (${activePartnerIdsSql(`${param(query.partners_of)}::uuid`)})`,
      ],
    ];
    return conditions.filter(([, active]) => active).map(([filter, , build]) => [filter, build()]);
  }
}
