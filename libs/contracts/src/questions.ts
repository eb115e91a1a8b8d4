import type { PersonRef } from './case-studies';

export const QUESTION_LIMITS = {
  bodyMaxLength: 5_000,
} as const;

/**
 * A question or an answer on a published case study. Hidden ones are shown only to moderators
 * and admins (with `hidden` set); everyone else never receives them.
 */
export interface DiscussionPost {
  id: string;
  body: string;
  /** Null when the account is gone, or for an answer on an anonymous case study seen by someone who may not know its town. */
  author: PersonRef | null;
  hidden: boolean;
  createdAt: string;
}

export interface Answer extends DiscussionPost {
  questionId: string;
}

export interface Question extends DiscussionPost {
  caseStudyId: string;
  /** Oldest first. */
  answers: Answer[];
}

export interface PostRequest {
  body: string;
}

export interface PostVisibilityRequest {
  hidden: boolean;
}

export const QuestionErrorCode = {
  NotFound: 'post_not_found',
  NotAQuestion: 'not_a_question',
} as const;
