import { ApiRoutes, type SearchQuery, type SearchResponse } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const searchKeys = {
  all: ['search'] as const,
  results: (query: SearchQuery) => [...searchKeys.all, query] as const,
};

/** List filters go out as repeated parameters (`sdg=11&sdg=13`), as the API reads them. */
export function fetchSearch(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
  return apiGet<SearchResponse>(ApiRoutes.search, { query: { ...query }, signal });
}
