import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type SearchQuery } from '@twinning/contracts';
import { useReaderLanguage } from '../../translations/hooks/useReaderLanguage';
import { fetchSearch, searchKeys } from '../api/search.api';

/**
 * The previous results stay on screen (dimmed) while the next search runs, so nothing jumps. Hits
 * come in the interface's language where a case study has an approved translation into it.
 */
export function useSearch(query: SearchQuery) {
  const lang = useReaderLanguage();
  const withLanguage: SearchQuery = lang ? { ...query, lang } : query;
  return useQuery({
    queryKey: searchKeys.results(withLanguage),
    queryFn: ({ signal }) => fetchSearch(withLanguage, signal),
    placeholderData: keepPreviousData,
  });
}
