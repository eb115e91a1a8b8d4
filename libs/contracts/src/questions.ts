import type { PersonRef } from './case-studies';

export const QUESTION_LIMITS = {
  bodyMaxLength: 5_000,
  reportReasonMaxLength: 1_000,
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

export interface ReportPostRequest {
  reason: string;
}

/** A question or answer with open reports, for moderators (GET /api/v1/moderation/reports). */
export interface ReportedPost {
  post: DiscussionPost;
  kind: 'question' | 'answer';
  caseStudy: { id: string; title: string };
  /** Oldest first. */
  reports: { id: string; reason: string; reporter: PersonRef | null; createdAt: string }[];
}

export const QuestionErrorCode = {
  NotFound: 'post_not_found',
  NotAQuestion: 'not_a_question',
  AlreadyReported: 'already_reported',
  NoOpenReports: 'no_open_reports',
} as const;
