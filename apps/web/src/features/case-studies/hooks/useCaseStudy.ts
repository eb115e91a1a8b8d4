import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { caseStudyKeys, fetchCaseStudy } from '../api/case-studies.api';

export function useCaseStudy(id: string) {
  return useQuery({
    queryKey: caseStudyKeys.detail(id),
    queryFn: ({ signal }) => fetchCaseStudy(id, signal),
    enabled: isUuid(id),
  });
}
