import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type CaseStudyListQuery } from '@twinning/contracts';
import { caseStudyKeys, fetchCaseStudies } from '../api/case-studies.api';

export function useCaseStudies(query: CaseStudyListQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: caseStudyKeys.list(query),
    queryFn: ({ signal }) => fetchCaseStudies(query, signal),
    placeholderData: keepPreviousData,
    enabled: options.enabled,
  });
}
