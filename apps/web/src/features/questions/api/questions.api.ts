import {
  ApiRoutes,
  type Answer,
  type PostRequest,
  type PostVisibilityRequest,
  type Question,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

/** What a viewer receives depends on who they are (moderators also get hidden posts), so sign-out drops it all. */
export const questionKeys = {
  all: ['questions'] as const,
  forCaseStudy: (caseStudyId: string) => [...questionKeys.all, 'case-study', caseStudyId] as const,
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
