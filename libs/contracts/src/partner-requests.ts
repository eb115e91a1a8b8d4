import type { CaseStudyLanguage } from './vocabularies';
import type { MunicipalitySummary } from './municipalities';
import type { Page, PageQuery } from './pagination';
import type { PersonRef } from './case-studies';
import type { FacetValue, PopulationBand, SearchHit } from './search';
import type { Theme } from './vocabularies';
import type { FundingCallStatus } from './funding';

/**
 * Open up to and including its deadline, closed after; computed from the date, never stored, so a
 * request closes at its deadline without a job having to run.
 */
export const PARTNER_REQUEST_STATUSES = ['open', 'closed'] as const;
export type PartnerRequestStatus = (typeof PARTNER_REQUEST_STATUSES)[number];

/** The status of a request on `today` (YYYY-MM-DD). */
export function partnerRequestStatus(request: { deadline: string }, today: string): PartnerRequestStatus {
  return today <= request.deadline ? 'open' : 'closed';
}

/**
 * An answer's life: another town is interested; the posting town shortlists it and accepts it
 * (straight from interested too); a moderator confirms an accepted pair, which then becomes a
 * project partnership. Confirmed is final.
 */
export const PARTNER_ANSWER_STATUSES = ['interested', 'shortlisted', 'accepted', 'confirmed'] as const;
export type PartnerAnswerStatus = (typeof PARTNER_ANSWER_STATUSES)[number];
export const PARTNER_ANSWER_TRANSITIONS: Record<PartnerAnswerStatus, readonly PartnerAnswerStatus[]> = {
  interested: ['shortlisted', 'accepted'],
  shortlisted: ['accepted'],
  accepted: ['confirmed'],
  confirmed: [],
};

export const PARTNER_REQUEST_LIMITS = {
  titleMaxLength: 200,
  descriptionMaxLength: 10_000,
  offerMaxLength: 3_000,
  messageMaxLength: 3_000,
  maxThemes: 8,
  maxSdgs: 17,
  maxLanguages: 10,
  maxCountries: 40,
} as const;

/** What a town's staff type when they post a request. Empty partner countries or sizes mean any. */
export interface PartnerRequestInput {
  title: string;
  /** Markdown. */
  description: string;
  themes: Theme[];
  sdgs: number[];
  /** A catalogue programme the joint project aims at, if any. */
  fundingProgrammeId: string | null;
  /** A call of that programme (or, without a programme, of any), if any. */
  fundingCallId: string | null;
  /** YYYY-MM-DD: the last day answers are taken. */
  deadline: string;
  offers: string;
  seeks: string;
  languages: CaseStudyLanguage[];
  partnerCountries: string[];
  partnerPopulationBands: PopulationBand[];
}

export interface PartnerRequestSummary {
  id: string;
  title: string;
  municipality: MunicipalitySummary;
  themes: Theme[];
  sdgs: number[];
  deadline: string;
  status: PartnerRequestStatus;
  fundingProgramme: { id: string; name: string } | null;
  fundingCall: { id: string; title: string; closesOn: string; status: FundingCallStatus } | null;
  languages: CaseStudyLanguage[];
  partnerCountries: string[];
  partnerPopulationBands: PopulationBand[];
  answerCount: number;
  createdAt: string;
}

export interface PartnerAnswer {
  id: string;
  requestId: string;
  municipality: MunicipalitySummary;
  message: string;
  status: PartnerAnswerStatus;
  author: PersonRef | null;
  /** Once confirmed: the project partnership it became. */
  partnershipId: string | null;
  createdAt: string;
}

/** A partnership of one of the two towns, for the request page's "earlier partnerships". */
export interface EarlierPartnership {
  partnershipId: string;
  sinceYear: number;
  municipalities: [MunicipalitySummary, MunicipalitySummary];
}

export interface PartnerRequestDetail extends PartnerRequestSummary {
  description: string;
  offers: string;
  seeks: string;
  author: PersonRef | null;
  /**
   * The answers the caller may see: all of them for the posting town's staff and moderators, the
   * caller's own town's for other staff, none for visitors (who see `answerCount`).
   */
  answers: PartnerAnswer[];
  /** Published practices on the request's themes (empty while Meilisearch is away). */
  relevantPractices: SearchHit[];
  /** The earlier partnerships of the posting town and of every answering town the caller sees. */
  earlierPartnerships: EarlierPartnership[];
}

export const PARTNER_REQUEST_FACETS = ['theme', 'sdg', 'country', 'language', 'programme', 'partner_population_band', 'status'] as const;
export type PartnerRequestFacet = (typeof PARTNER_REQUEST_FACETS)[number];

/** GET /api/v1/partner-requests. List filters may repeat; values of one filter are alternatives. */
export interface PartnerRequestListQuery extends PageQuery {
  q?: string;
  theme?: Theme[];
  sdg?: number[];
  /** The posting town's country. */
  country?: string[];
  language?: CaseStudyLanguage[];
  /** Funding programme ids. */
  programme?: string[];
  /** Requests that want a partner of this size (or of any size). */
  partner_population_band?: PopulationBand[];
  /** Open requests unless asked otherwise. */
  status?: PartnerRequestStatus[];
}

export interface PartnerRequestSearchResponse extends Page<PartnerRequestSummary> {
  facets: Record<PartnerRequestFacet, FacetValue[]>;
  /** True when Meilisearch could not answer and PostgreSQL did instead. */
  degraded: boolean;
}

export interface PartnerAnswerInput {
  message: string;
}

export interface PartnerAnswerDecision {
  status: Extract<PartnerAnswerStatus, 'shortlisted' | 'accepted'>;
}

/** The signed-in staff's town: the requests it posted and the answers it gave. */
export interface MyPartnerRequests {
  posted: PartnerRequestSummary[];
  answered: { request: PartnerRequestSummary; answer: PartnerAnswer }[];
}

/** An accepted pair waiting for a moderator. */
export interface PartnerPairAwaitingConfirmation {
  request: PartnerRequestSummary;
  answer: PartnerAnswer;
}

export const PartnerRequestErrorCode = {
  NotFound: 'partner_request_not_found',
  AnswerNotFound: 'partner_answer_not_found',
  Closed: 'partner_request_closed',
  OwnRequest: 'own_partner_request',
  AlreadyAnswered: 'partner_request_already_answered',
  InvalidTransition: 'invalid_partner_answer_transition',
  PartnershipExists: 'partner_pair_partnership_exists',
} as const;
