import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CASE_STUDY_LANGUAGES, type SearchQuery } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../common/utils/is-one-of';
import { fetchSearch, searchKeys } from '../api/search.api';

/**
 * The previous results stay on screen (dimmed) while the next search runs, so nothing jumps. Hits
 * come in the interface's language where a case study has an approved translation into it.
 */
export function useSearch(query: SearchQuery) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const withLanguage: SearchQuery = isOneOf(language, CASE_STUDY_LANGUAGES) ? { ...query, lang: language } : query;
  return useQuery({
    queryKey: searchKeys.results(withLanguage),
    queryFn: ({ signal }) => fetchSearch(withLanguage, signal),
    placeholderData: keepPreviousData,
  });
}
