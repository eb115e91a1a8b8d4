import { useQuery } from '@tanstack/react-query';
import { useReaderLanguage } from '../../translations/hooks/useReaderLanguage';
import { caseStudyKeys, fetchSimilarCaseStudies } from '../api/case-studies.api';

/** In the interface's language where a practice has an approved translation into it. */
export function useSimilarCaseStudies(id: string) {
  const lang = useReaderLanguage();
  return useQuery({
    queryKey: caseStudyKeys.similar(id, lang),
    queryFn: ({ signal }) => fetchSimilarCaseStudies(id, lang, signal),
  });
}
