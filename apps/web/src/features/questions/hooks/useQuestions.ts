import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type PageQuery } from '@twinning/contracts';
import { isUuid } from '../../../common/utils/uuid';
import { fetchQuestions, fetchReportedPosts, questionKeys } from '../api/questions.api';

export function useQuestions(caseStudyId: string) {
  return useQuery({
    queryKey: questionKeys.forCaseStudy(caseStudyId),
    queryFn: ({ signal }) => fetchQuestions(caseStudyId, signal),
    enabled: isUuid(caseStudyId),
  });
}

export function useReportedPosts(query: PageQuery) {
  return useQuery({
    queryKey: questionKeys.reported(query),
    queryFn: ({ signal }) => fetchReportedPosts(query, signal),
    placeholderData: keepPreviousData,
  });
}
