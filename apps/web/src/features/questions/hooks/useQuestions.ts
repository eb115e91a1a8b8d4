import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { fetchQuestions, questionKeys } from '../api/questions.api';

export function useQuestions(caseStudyId: string) {
  return useQuery({
    queryKey: questionKeys.forCaseStudy(caseStudyId),
    queryFn: ({ signal }) => fetchQuestions(caseStudyId, signal),
    enabled: isUuid(caseStudyId),
  });
}
