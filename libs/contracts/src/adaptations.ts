import type { CaseStudyStatus, PersonRef } from './case-studies';
import type { MunicipalitySummary } from './municipalities';

export const ADAPTATION_STATUSES = ['exploring', 'planning', 'piloting', 'implemented', 'discontinued'] as const;
/** exploring → planning → piloting → implemented, or discontinued (with a reason) from any of the first three. */
export type AdaptationStatus = (typeof ADAPTATION_STATUSES)[number];

/**
 * What a check-in may record after each status: the same status (a progress note), the next
 * step, or discontinuing. Implemented and discontinued are final. The API enforces it; the form
 * offers exactly these.
 */
export const ADAPTATION_CHECK_IN_STATUSES: Record<AdaptationStatus, readonly AdaptationStatus[]> = {
  exploring: ['exploring', 'planning', 'discontinued'],
  planning: ['planning', 'piloting', 'discontinued'],
  piloting: ['piloting', 'implemented', 'discontinued'],
  implemented: [],
  discontinued: [],
};

export const ADAPTATION_LIMITS = {
  textMaxLength: 10_000,
  noteMaxLength: 5_000,
} as const;

/** A dated entry of an adaptation's timeline: a status change or a progress note. */
export interface AdaptationCheckIn {
  id: string;
  status: AdaptationStatus;
  note: string;
  results: string;
  author: PersonRef | null;
  createdAt: string;
}

/** A municipality adapting a published case study of another one. */
export interface AdaptationSummary {
  id: string;
  caseStudy: { id: string; title: string };
  municipality: MunicipalitySummary;
  status: AdaptationStatus;
  /** Why it was discontinued; null otherwise. */
  discontinuedReason: string | null;
  /** The case study the town wrote up from this adaptation, when the caller may see it. */
  writeUp: { caseStudyId: string; status: CaseStudyStatus } | null;
  createdAt: string;
  updatedAt: string;
}

export interface Adaptation extends AdaptationSummary {
  /** The town's own situation. */
  localContext: string;
  /** What it changes from the original, and why. */
  changes: string;
  plannedSteps: string;
  /** Oldest first. */
  checkIns: AdaptationCheckIn[];
}

/**
 * How practices travel to and from one town, as its public page shows it to everyone. An
 * anonymous case study is in neither list: its town must not be found through it.
 */
export interface MunicipalityAdaptations {
  /** The town adapting other towns' published practices, newest first. */
  ofOtherPractices: AdaptationSummary[];
  /** Other towns adapting the town's published practices, newest first. */
  ofItsPractices: AdaptationSummary[];
}

export interface StartAdaptationRequest {
  localContext: string;
  changes: string;
  plannedSteps: string;
}

export interface CheckInRequest {
  /** The same status for a progress note, or the next one; `discontinued` needs the reason in `note`. */
  status: AdaptationStatus;
  note: string;
  results: string;
}

export const AdaptationErrorCode = {
  NotFound: 'adaptation_not_found',
  AlreadyAdapting: 'already_adapting',
  OwnPractice: 'own_practice',
  InvalidTransition: 'invalid_adaptation_transition',
  NotFinished: 'adaptation_not_finished',
  AlreadyWrittenUp: 'already_written_up',
} as const;
