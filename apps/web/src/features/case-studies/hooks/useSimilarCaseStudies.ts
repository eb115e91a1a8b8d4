import { useQuery } from '@tanstack/react-query';
import { caseStudyKeys, fetchSimilarCaseStudies } from '../api/case-studies.api';

export function useSimilarCaseStudies(id: string) {
  return useQuery({
    queryKey: caseStudyKeys.similar(id),
    queryFn: ({ signal }) => fetchSimilarCaseStudies(id, signal),
  });
}
