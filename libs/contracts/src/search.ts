import { type CoverPicture } from './case-study-files';
import type { AnonymousOrigin } from './case-studies';
import type { MunicipalitySummary } from './municipalities';
import type { PageQuery } from './pagination';
import type { CaseStudyLanguage, FailureCause, FailureStage, FundingSourceKind, Label, Outcome, Theme } from './vocabularies';

export const SEARCH_SORTS = ['relevance', 'newest', 'most_adapted'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Towns by population, for "towns like mine". */
export const POPULATION_BANDS = ['under_10k', '10k_50k', '50k_250k', '250k_1m', 'over_1m'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
export const POPULATION_BAND_LABELS: Record<PopulationBand, Label> = {
  under_10k: { en: 'Under 10,000', tr: '10.000’den az', de: 'Unter 10.000' },
  '10k_50k': { en: '10,000–50,000', tr: '10.000–50.000', de: '10.000–50.000' },
  '50k_250k': { en: '50,000–250,000', tr: '50.000–250.000', de: '50.000–250.000' },
  '250k_1m': { en: '250,000–1 million', tr: '250.000–1 milyon', de: '250.000–1 Million' },
  over_1m: { en: 'Over 1 million', tr: '1 milyonun üzerinde', de: 'Über 1 Million' },
};

/** Each band but the last, with the population it stays below; the one rule for the API, its SQL and the client. */
export const POPULATION_BAND_LIMITS: readonly (readonly [PopulationBand, number])[] = [
  ['under_10k', 10_000],
  ['10k_50k', 50_000],
  ['50k_250k', 250_000],
  ['250k_1m', 1_000_000],
];

export function populationBandOf(population: number): PopulationBand {
  return POPULATION_BAND_LIMITS.find(([, below]) => population < below)?.[0] ?? 'over_1m';
}

/** The filters of a search, each with its facet counts in the answer. */
export const SEARCH_FACETS = ['sdg', 'sdg_target', 'theme', 'outcome', 'failure_cause', 'failure_stage', 'country', 'municipality', 'language', 'year', 'funding', 'population_band', 'programme', 'collection'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

export const SEARCH_QUERY_MAX_LENGTH = 200;

/**
 * GET /api/v1/search. List filters may repeat (`sdg=11&sdg=13`): values of one filter are
 * alternatives (OR), different filters all apply (AND).
 */
export interface SearchQuery extends PageQuery {
  q?: string;
  sdg?: number[];
  /** Official target numbers, e.g. `sdg_target=11.6`. */
  sdg_target?: string[];
  theme?: Theme[];
  outcome?: Outcome[];
  /** Why a partial success or a failure fell short (any of its causes). */
  failure_cause?: FailureCause[];
  failure_stage?: FailureStage[];
  /** ISO 3166-1 alpha-2. */
  country?: string[];
  /** Municipality ids. Anonymous case studies never match a municipality. */
  municipality?: string[];
  language?: CaseStudyLanguage[];
  /** The year the practice started, inclusive. */
  year_from?: number;
  year_to?: number;
  funding?: FundingSourceKind[];
  population_band?: PopulationBand[];
  /** Funding programme ids of the catalogue: practices with a funding source from any of them. */
  programme?: string[];
  /** Collection ids: practices in any of these moderators' collections. */
  collection?: string[];
  /** A municipality id: only case studies of its twinning partners. */
  partners_of?: string;
  /** Without `q`, `relevance` lists the newest first. */
  sort?: SearchSort;
  /** The reader's language: a hit shows the title and summary of its approved translation into it, where there is one. */
  lang?: CaseStudyLanguage;
  /** `false`: the hits alone, for a list of cards (the home page's newest practices): every facet list empty, no highlights. */
  facets?: boolean;
}

/**
 * Highlighted text: the matched words stand between HIGHLIGHT_START and HIGHLIGHT_END
 * (private-use characters, never HTML), so a client can mark them without parsing markup.
 */
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

export interface SearchHit {
  id: string;
  title: string;
  summary: string;
  outcome: Outcome;
  /** The original's language. */
  language: CaseStudyLanguage;
  /** The language `title` and `summary` are in: the original's, or the reader's (`lang`) where a translation into it is approved. */
  shownLanguage: CaseStudyLanguage;
  sdgs: number[];
  sdgTargets: string[];
  themes: Theme[];
  failureCauses: FailureCause[];
  failureStage: FailureStage | null;
  /** Null for an anonymous case study. */
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
  /** Null for an anonymous case study whose country is shared by too few towns of the portal to be named. */
  country: string | null;
  /** The year the practice started. */
  year: number;
  publishedAt: string;
  adaptationCount: number;
  featured: boolean;
  cover: CoverPicture | null;
  /** Cropped, highlighted snippets of where the query matched. */
  highlight: { title: string; summary: string; lessons: string };
}

export interface FacetValue {
  value: string;
  count: number;
  /** A readable name where the value is an id (municipalities, funding programmes). */
  label?: string;
}

export interface SearchResponse {
  hits: SearchHit[];
  /** Exact (up to 100,000). */
  total: number;
  page: number;
  perPage: number;
  /**
   * Counts per value, most frequent first. A filter's own counts ignore that filter (they are
   * what each value would give instead or in addition); all other filters apply.
   */
  facets: Record<SearchFacet, FacetValue[]>;
  /** Time the search took on the server, in milliseconds (one decimal). */
  tookMs: number;
  /** True when Meilisearch could not answer and PostgreSQL did instead. */
  degraded: boolean;
}
