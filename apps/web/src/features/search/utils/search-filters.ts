import {
  CASE_STUDY_LANGUAGES,
  FAILURE_CAUSES,
  FAILURE_STAGES,
  FUNDING_SOURCE_KINDS,
  OUTCOMES,
  PAGINATION_DEFAULT_PER_PAGE,
  POPULATION_BANDS,
  SDG_NUMBERS,
  sdgGoalOfTarget,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_SORTS,
  THEMES,
  type SearchFacet,
  type SearchQuery,
  type SearchSort,
} from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';
import { isUuid } from '../../../common/utils/uuid';
import { filtersToParams, parsePage, type PagedFilters } from '../../../common/utils/url-filters';
import { isMunicipalityId } from '../../municipalities/utils/municipality-id';

/*
 * The search page keeps everything in the URL (`?q=atık&sdg=11&sdg=13&sort=newest&page=2`), under
 * the API's own parameter names, so a search can be shared and restored. Values the page cannot
 * use (a hand-edited or stale link) are dropped rather than sent to be refused.
 */

/** The facets filtered by ticking values; the year is a range instead. */
export const LIST_FACETS = [
  'sdg',
  'sdg_target',
  'theme',
  'outcome',
  'failure_cause',
  'failure_stage',
  'country',
  'municipality',
  'language',
  'funding',
  'population_band',
  'programme',
  'collection',
] as const satisfies readonly SearchFacet[];
export type ListFacet = (typeof LIST_FACETS)[number];

export type FacetSelection = Record<ListFacet, string[]>;

export interface SearchFilters extends PagedFilters {
  /** As typed, spaces included, so the search box never jumps under the cursor. */
  q: string;
  /** The values ticked in each facet, as the URL spells them ("11", "water_waste", "DE"). */
  facets: FacetSelection;
  yearFrom: number | null;
  yearTo: number | null;
  /** A municipality id: only case studies of its twinning partners. */
  partnersOf: string | null;
  /** Null: the default for the search (relevance for words, newest when browsing). */
  sort: SearchSort | null;
}

/** Years a practice can plausibly have started in; anything else in a link is a typo. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const isTheme = (value: string) => isOneOf(value, THEMES);
const isOutcome = (value: string) => isOneOf(value, OUTCOMES);
const isLanguage = (value: string) => isOneOf(value, CASE_STUDY_LANGUAGES);
const isFundingKind = (value: string) => isOneOf(value, FUNDING_SOURCE_KINDS);
const isPopulationBand = (value: string) => isOneOf(value, POPULATION_BANDS);
const isFailureCause = (value: string) => isOneOf(value, FAILURE_CAUSES);
const isFailureStage = (value: string) => isOneOf(value, FAILURE_STAGES);
const isSdgTarget = (value: string) => sdgGoalOfTarget(value) !== null;
const isSdg = (value: string) => /^\d{1,2}$/.test(value) && SDG_NUMBERS.includes(Number(value));
const isCountryCode = (value: string) => /^[A-Z]{2}$/.test(value);

const VALUE_CHECKS: Record<ListFacet, (value: string) => boolean> = {
  sdg: isSdg,
  sdg_target: isSdgTarget,
  theme: isTheme,
  outcome: isOutcome,
  failure_cause: isFailureCause,
  failure_stage: isFailureStage,
  country: isCountryCode,
  municipality: isMunicipalityId,
  language: isLanguage,
  funding: isFundingKind,
  population_band: isPopulationBand,
  programme: isUuid,
  collection: isUuid,
};

/** One spelling per value, as the facets give them: "DE" for "de", "7" for "07". */
function normalise(facet: ListFacet, value: string): string {
  if (facet === 'country') return value.toUpperCase();
  if (facet === 'sdg' && /^\d{1,2}$/.test(value)) return String(Number(value));
  return value;
}

export function isYear(value: number): boolean {
  return Number.isSafeInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max;
}

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  const year = Number(value);
  return isYear(year) ? year : null;
}

export function emptyFacetSelection(): FacetSelection {
  return {
    sdg: [],
    sdg_target: [],
    theme: [],
    outcome: [],
    failure_cause: [],
    failure_stage: [],
    country: [],
    municipality: [],
    language: [],
    funding: [],
    population_band: [],
    programme: [],
    collection: [],
  };
}

export function parseSearchFilters(params: URLSearchParams): SearchFilters {
  const facets = emptyFacetSelection();
  for (const facet of LIST_FACETS) {
    const values = params.getAll(facet).map((value) => normalise(facet, value));
    facets[facet] = [...new Set(values.filter(VALUE_CHECKS[facet]))];
  }
  const partnersOf = params.get('partners_of');
  const sort = params.get('sort') ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, SEARCH_QUERY_MAX_LENGTH),
    facets,
    yearFrom: parseYear(params.get('year_from')),
    yearTo: parseYear(params.get('year_to')),
    partnersOf: partnersOf && isMunicipalityId(partnersOf) ? partnersOf : null,
    sort: isOneOf(sort, SEARCH_SORTS) ? sort : null,
    page: parsePage(params),
  };
}

export function searchFiltersToParams(filters: SearchFilters): URLSearchParams {
  return filtersToParams({
    q: filters.q,
    ...filters.facets,
    year_from: filters.yearFrom,
    year_to: filters.yearTo,
    partners_of: filters.partnersOf,
    sort: filters.sort,
    page: filters.page,
  });
}

/** The search page's address for these ticked values, to link a number or a label to the stories behind it. */
export function searchUrlFor(facets: Partial<FacetSelection>): string {
  return `/search?${new URLSearchParams(Object.entries(facets).flatMap(([facet, values]) => values.map((value) => [facet, value]))).toString()}`;
}

/** Nothing typed: the page shows the newest case studies instead of ranking them by nothing. */
export function effectiveSort(filters: Pick<SearchFilters, 'q' | 'sort'>): SearchSort {
  return filters.sort ?? (filters.q.trim() ? 'relevance' : 'newest');
}

export function toSearchQuery(filters: SearchFilters): SearchQuery {
  const { facets } = filters;
  return {
    q: filters.q.trim() || undefined,
    sdg: facets.sdg.map(Number),
    sdg_target: facets.sdg_target,
    theme: facets.theme.filter(isTheme),
    outcome: facets.outcome.filter(isOutcome),
    failure_cause: facets.failure_cause.filter(isFailureCause),
    failure_stage: facets.failure_stage.filter(isFailureStage),
    country: facets.country,
    municipality: facets.municipality,
    language: facets.language.filter(isLanguage),
    year_from: filters.yearFrom ?? undefined,
    year_to: filters.yearTo ?? undefined,
    funding: facets.funding.filter(isFundingKind),
    population_band: facets.population_band.filter(isPopulationBand),
    programme: facets.programme,
    collection: facets.collection,
    partners_of: filters.partnersOf ?? undefined,
    sort: effectiveSort(filters),
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}

/** Whether anything narrows the results (the words typed do not count: they are the search itself). */
export function hasActiveFilters(filters: SearchFilters): boolean {
  return (
    LIST_FACETS.some((facet) => filters.facets[facet].length > 0) ||
    filters.yearFrom !== null ||
    filters.yearTo !== null ||
    filters.partnersOf !== null
  );
}

/** The facets with `value` ticked if it was not, and unticked if it was. */
export function toggleFacetValue(facets: FacetSelection, facet: ListFacet, value: string): FacetSelection {
  const current = facets[facet];
  return {
    ...facets,
    [facet]: current.includes(value) ? current.filter((selected) => selected !== value) : [...current, value],
  };
}

/** Every filter off; the words and the sort stay, since they are not filters. */
export function withoutFilters(): Pick<SearchFilters, 'facets' | 'yearFrom' | 'yearTo' | 'partnersOf'> {
  return { facets: emptyFacetSelection(), yearFrom: null, yearTo: null, partnersOf: null };
}
