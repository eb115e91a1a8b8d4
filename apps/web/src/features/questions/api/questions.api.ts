import {
  ApiRoutes,
  type Answer,
  type Page,
  type PageQuery,
  type PostRequest,
  type PostVisibilityRequest,
  type Question,
  type ReportedPost,
  type ReportPostRequest,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

/** What a viewer receives depends on who they are (moderators also get hidden posts), so sign-out drops it all. */
export const questionKeys = {
  all: ['questions'] as const,
  forCaseStudy: (caseStudyId: string) => [...questionKeys.all, 'case-study', caseStudyId] as const,
  reported: (query: PageQuery) => [...questionKeys.all, 'reported', query] as const,
  reportedAll: () => [...questionKeys.all, 'reported'] as const,
};

/** Newest question first, each with its answers oldest first. */
export function fetchQuestions(caseStudyId: string, signal?: AbortSignal): Promise<Question[]> {
  return apiGet<Question[]>(ApiRoutes.caseStudyQuestions(caseStudyId), { signal });
}

export function askQuestion(caseStudyId: string, request: PostRequest): Promise<Question> {
  return apiPost<Question>(ApiRoutes.caseStudyQuestions(caseStudyId), request);
}

export function answerQuestion(questionId: string, request: PostRequest): Promise<Answer> {
  return apiPost<Answer>(ApiRoutes.questionAnswers(questionId), request);
}

export function setPostVisibility(postId: string, request: PostVisibilityRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.postVisibility(postId), request);
}

export function reportPost(postId: string, request: ReportPostRequest): Promise<void> {
  return apiPost<void>(ApiRoutes.postReports(postId), request);
}

export function dismissPostReports(postId: string): Promise<void> {
  return apiPost<void>(ApiRoutes.dismissPostReports(postId));
}

/** Questions and answers with open reports, the longest waiting first. */
export function fetchReportedPosts(query: PageQuery, signal?: AbortSignal): Promise<Page<ReportedPost>> {
  return apiGet<Page<ReportedPost>>(ApiRoutes.moderationReports, { query: { ...query }, signal });
}
