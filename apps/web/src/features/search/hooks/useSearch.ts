import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type SearchQuery } from '@twinning/contracts';
import { fetchSearch, searchKeys } from '../api/search.api';

/** The previous results stay on screen (dimmed) while the next search runs, so nothing jumps. */
export function useSearch(query: SearchQuery) {
  return useQuery({
    queryKey: searchKeys.results(query),
    queryFn: ({ signal }) => fetchSearch(query, signal),
    placeholderData: keepPreviousData,
  });
}
