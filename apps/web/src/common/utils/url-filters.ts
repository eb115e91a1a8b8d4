import { toSearchParams, type QueryParams } from '../../lib/api-client';

/*
 * Lists keep their filters and page in the URL (`?status=pending&page=2`), so a list can be
 * bookmarked, shared and reloaded. Each parser drops what it cannot use (a hand-edited link).
 */

export interface PagedFilters {
  page: number;
}

export function parsePage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/**
 * The shortest URL for the same list: defaults (empty values, the first page) are left out. A
 * list repeats its key (`sdg=11&sdg=13`), as the API's list filters do.
 */
export function filtersToParams(values: QueryParams): URLSearchParams {
  return toSearchParams('page' in values && values.page === 1 ? { ...values, page: null } : values);
}

/** For lists that have a page and nothing else to filter by. */
export function parsePageOnly(params: URLSearchParams): PagedFilters {
  return { page: parsePage(params) };
}

export function pageOnlyToParams(filters: PagedFilters): URLSearchParams {
  return filtersToParams({ page: filters.page });
}
