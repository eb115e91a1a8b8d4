import type { PersonRef } from './case-studies';

/** What a signed-in person may report to the moderators: a case study, an adaptation, one of its check-ins, a question or an answer. */
export const REPORT_TARGET_KINDS = ['case_study', 'adaptation', 'check_in', 'post'] as const;
export type ReportTargetKind = (typeof REPORT_TARGET_KINDS)[number];

export const REPORT_LIMITS = {
  reasonMaxLength: 1_000,
  commentMaxLength: 2_000,
} as const;

/** POST /api/v1/reports */
export interface ReportRequest {
  targetKind: ReportTargetKind;
  targetId: string;
  reason: string;
}

/** How a moderator closes the open reports of one thing: acted on it (`resolved`), or found nothing wrong (`dismissed`). Hiding a question or an answer closes its reports as `hidden`. */
export const REPORT_DECISIONS = ['resolved', 'dismissed'] as const;
export type ReportDecision = (typeof REPORT_DECISIONS)[number];

/** POST /api/v1/moderation/reports/resolve */
export interface ResolveReportsRequest {
  targetKind: ReportTargetKind;
  targetId: string;
  decision: ReportDecision;
  /** Why, for the audit log; may be empty. */
  comment: string;
}

/** One reported thing with its open reports, in the moderators' queue (GET /api/v1/moderation/reports), the longest waiting first. */
export interface ReportedContent {
  targetKind: ReportTargetKind;
  targetId: string;
  /** The case study it belongs to (moderators know every town, so anonymity does not apply here). */
  caseStudy: { id: string; title: string };
  /** For an adaptation or a check-in: the adaptation to open. */
  adaptationId: string | null;
  /** For a question or an answer: the question it is or answers, to open on the case study. */
  questionId: string | null;
  /** The start of the reported text (a post's body, a check-in's note, an adaptation's plan or the case study's summary). */
  excerpt: string;
  /** A question or an answer that moderators have hidden already. */
  hidden: boolean;
  /** Oldest first. */
  reports: { id: string; reason: string; reporter: PersonRef | null; createdAt: string }[];
}

export const ReportErrorCode = {
  TargetNotFound: 'report_target_not_found',
  AlreadyReported: 'already_reported',
  NoOpenReports: 'no_open_reports',
} as const;
