import { ApiRoutes, type ExportFormat, type SearchQuery, type SearchResponse } from '@twinning/contracts';
import { apiGet, buildUrl } from '../../../lib/api-client';

export const searchKeys = {
  all: ['search'] as const,
  results: (query: SearchQuery) => [...searchKeys.all, query] as const,
};

/** List filters go out as repeated parameters (`sdg=11&sdg=13`), as the API reads them. */
export function fetchSearch(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
  return apiGet<SearchResponse>(ApiRoutes.search, { query: { ...query }, signal });
}

/**
 * The address of the open-data export of a search: the same filters, words and sort, but no page,
 * since the file holds every match (up to EXPORT_MAX_RECORDS). The browser downloads it itself.
 */
export function searchExportUrl(query: SearchQuery, format: ExportFormat): string {
  const { page: _page, per_page: _perPage, ...search } = query;
  return buildUrl(ApiRoutes.searchExport, { ...search, format });
}
