import {
  MUNICIPALITY_KINDS,
  MUNICIPALITY_SEARCH_MAX_LENGTH,
  PAGINATION_DEFAULT_PER_PAGE,
  type CountryCode,
  type MunicipalityKind,
  type MunicipalityListQuery,
} from '@twinning/contracts';
import { isTwinningCountry } from './countries';

/** What the towns page shows; it lives in the URL so a search can be bookmarked and shared. */
export interface TownFilters {
  /** As typed, spaces included, so the search box never jumps under the cursor. */
  q: string;
  country: CountryCode | null;
  kind: MunicipalityKind | null;
  page: number;
}

export const SEARCH_FILTER_KEYS = ['q', 'country', 'kind'] as const;

export function isMunicipalityKind(value: unknown): value is MunicipalityKind {
  return typeof value === 'string' && (MUNICIPALITY_KINDS as readonly string[]).includes(value);
}

/** Reads the filters from a URL, dropping what the page cannot show (a hand-edited or stale link). */
export function parseTownFilters(params: URLSearchParams): TownFilters {
  const country = params.get('country')?.toUpperCase() ?? '';
  const kind = params.get('kind');
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').slice(0, MUNICIPALITY_SEARCH_MAX_LENGTH),
    country: isTwinningCountry(country) ? country : null,
    kind: isMunicipalityKind(kind) ? kind : null,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The shortest URL for the filters: defaults are left out. */
export function toTownSearchParams(filters: TownFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.country) params.set('country', filters.country);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
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
