import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type CaseStudyListQuery } from '@twinning/contracts';
import { useReaderLanguage } from '../../translations/hooks/useReaderLanguage';
import { caseStudyKeys, fetchCaseStudies } from '../api/case-studies.api';

/** Cards show a published case study's title and summary in the interface's language where it has an approved translation into it. */
export function useCaseStudies(query: CaseStudyListQuery, options: { enabled?: boolean } = {}) {
  const lang = useReaderLanguage();
  const withLanguage: CaseStudyListQuery = lang ? { ...query, lang } : query;
  return useQuery({
    queryKey: caseStudyKeys.list(withLanguage),
    queryFn: ({ signal }) => fetchCaseStudies(withLanguage, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}
