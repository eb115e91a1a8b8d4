import {
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SEARCH_MAX_LENGTH,
  PAGINATION_DEFAULT_PER_PAGE,
  type CountryCode,
  type MunicipalityKind,
  type MunicipalityListQuery,
} from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';
import { filtersToParams, parsePage, type PagedFilters } from '../../../common/utils/url-filters';
import { isTwinningCountry } from './countries';

/** What the towns page shows; it lives in the URL so a search can be bookmarked and shared. */
export interface TownFilters extends PagedFilters {
  /** As typed, spaces included, so the search box never jumps under the cursor. */
  q: string;
  country: CountryCode | null;
  kind: MunicipalityKind | null;
}

/** Reads the filters from a URL, dropping what the page cannot show (a hand-edited or stale link). */
export function parseTownFilters(params: URLSearchParams): TownFilters {
  const country = params.get('country')?.toUpperCase() ?? '';
  const kind = params.get('kind');
  return {
    q: (params.get('q') ?? '').slice(0, MUNICIPALITY_SEARCH_MAX_LENGTH),
    country: isTwinningCountry(country) ? country : null,
    kind: isOneOf(kind, MUNICIPALITY_KINDS) ? kind : null,
    page: parsePage(params),
  };
}

export function toTownSearchParams(filters: TownFilters): URLSearchParams {
  return filtersToParams({ q: filters.q, country: filters.country, kind: filters.kind, page: filters.page });
}

export function toMunicipalityListQuery(filters: TownFilters): MunicipalityListQuery {
  return {
    q: filters.q.trim() || undefined,
    country: filters.country ?? undefined,
    kind: filters.kind ?? undefined,
    page: filters.page,
    per_page: PAGINATION_DEFAULT_PER_PAGE,
  };
}
