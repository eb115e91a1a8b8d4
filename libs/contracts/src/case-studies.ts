import { type CaseStudyFiles, type CoverPicture, type FileKind } from './case-study-files';
import type { ApiErrorDetail, ValidationRule } from './errors';
import type { MunicipalityKind, MunicipalitySummary } from './municipalities';
import type { PageQuery } from './pagination';
import { sdgGoalOfTarget, UN_INDICATOR_PATTERN } from './sdg-targets';
import type { CaseStudyVersion, ShownTranslation } from './translations';
import {
  type CaseStudyLanguage,
  type Currency,
  type FailureCause,
  type FailureStage,
  type FundingSourceKind,
  type Label,
  type Outcome,
  OUTCOMES_NEEDING_FAILURE_ANALYSIS,
  type Theme,
} from './vocabularies';

export interface Indicator {
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  achieved: number | null;
  /** The SDG target it measures, one of the content's `sdgTargets` (sdg-targets.ts). */
  sdgTarget: string | null;
  /** The UN indicator of that target it corresponds to, e.g. "11.6.1". */
  unIndicator: string | null;
}

export interface FailureCauseEntry {
  cause: FailureCause;
  note: string;
}

export interface FundingSource {
  kind: FundingSourceKind;
  /** A programme of the funding catalogue (its id); null for a programme not in it, or none. */
  programmeId: string | null;
  /** The name of a programme not in the catalogue ("other"), as the author wrote it; null when `programmeId` names one. */
  programmeName: string | null;
  /** What this source paid, in the case study's budget currency (`budgetCurrency`). */
  amount: number | null;
}

/** Whether the practice went on once its funding ended: the structured answer beside `afterFunding`'s story. */
export const CONTINUED_AFTER_FUNDING = ['yes', 'partly', 'no'] as const;
export type ContinuedAfterFunding = (typeof CONTINUED_AFTER_FUNDING)[number];
export const CONTINUED_AFTER_FUNDING_LABELS: Record<ContinuedAfterFunding, Label> = {
  yes: { en: 'Yes, in full', tr: 'Evet, tümüyle', de: 'Ja, vollständig' },
  partly: { en: 'Partly', tr: 'Kısmen', de: 'Teilweise' },
  no: { en: 'No, it stopped', tr: 'Hayır, durdu', de: 'Nein, sie endete' },
};

/**
 * The case study template (PRODUCT.md), one flat object. A draft may leave anything empty; a
 * submission must be complete (see `findIncompleteFields`). Long texts are Markdown.
 */
export interface CaseStudyContent {
  // identity
  title: string;
  summary: string;
  language: CaseStudyLanguage | null;
  partnerMunicipalityIds: string[];
  // outcome
  outcome: Outcome | null;
  // story
  context: string;
  whatWasDone: string;
  results: string;
  indicators: Indicator[];
  // lessons
  whatWorked: string;
  whatDidNotWork: string;
  whatWeWouldDoDifferently: string;
  // failure analysis (partial and failure)
  failureCauses: FailureCauseEntry[];
  failureStage: FailureStage | null;
  salvaged: string;
  // transferability
  preconditions: string;
  tipsForAdopters: string;
  // resources and funding
  budgetAmount: number | null;
  budgetCurrency: Currency | null;
  fundingSources: FundingSource[];
  /** Share of the budget the municipality paid itself, 0–100. */
  coFinancingPercent: number | null;
  /** What happened once the grant ended. */
  afterFunding: string;
  /** Null: not answered (and in content written before the question was asked). */
  continuedAfterFunding: ContinuedAfterFunding | null;
  staffAndTime: string;
  // timeline
  /** YYYY-MM-DD. */
  startDate: string | null;
  /** YYYY-MM-DD; null while it goes on. */
  endDate: string | null;
  // classification
  sdgs: number[];
  /** Official target numbers ("11.6", "6.a"), each of a goal in `sdgs`. */
  sdgTargets: string[];
  themes: Theme[];
  // contact (shown to signed-in users only)
  contactName: string;
  contactRole: string;
  contactEmail: string;
}

export const TEMPLATE_SECTIONS = [
  'identity',
  'outcome',
  'story',
  'lessons',
  'failureAnalysis',
  'transferability',
  'resources',
  'timeline',
  'classification',
  'contact',
] as const;
export type TemplateSection = (typeof TEMPLATE_SECTIONS)[number];

/** Which fields each section of the template holds: the form's steps, the rubric's sections. */
export const SECTION_FIELDS: Record<TemplateSection, readonly (keyof CaseStudyContent)[]> = {
  identity: ['title', 'summary', 'language', 'partnerMunicipalityIds'],
  outcome: ['outcome'],
  story: ['context', 'whatWasDone', 'results', 'indicators'],
  lessons: ['whatWorked', 'whatDidNotWork', 'whatWeWouldDoDifferently'],
  failureAnalysis: ['failureCauses', 'failureStage', 'salvaged'],
  transferability: ['preconditions', 'tipsForAdopters'],
  resources: ['budgetAmount', 'budgetCurrency', 'fundingSources', 'coFinancingPercent', 'afterFunding', 'continuedAfterFunding', 'staffAndTime'],
  timeline: ['startDate', 'endDate'],
  classification: ['sdgs', 'sdgTargets', 'themes'],
  contact: ['contactName', 'contactRole', 'contactEmail'],
};

export function sectionOf(field: string): TemplateSection | undefined {
  const name = field.split(/[.[]/)[0];
  return TEMPLATE_SECTIONS.find((section) => (SECTION_FIELDS[section] as readonly string[]).includes(name));
}

export const CASE_STUDY_LIMITS = {
  titleMaxLength: 200,
  summaryMaxLength: 500,
  /** Each Markdown field. */
  longTextMaxLength: 10_000,
  shortTextMaxLength: 200,
  indicatorUnitMaxLength: 50,
  noteMaxLength: 1_000,
  /** A moderator's overall comment and each section comment. */
  decisionCommentMaxLength: 5_000,
  maxIndicators: 20,
  maxFundingSources: 10,
  maxPartners: 20,
  maxFailureCauses: 8,
  minBudget: 0,
  maxBudget: 1_000_000_000_000,
  minCoFinancingPercent: 0,
  maxCoFinancingPercent: 100,
} as const;

/**
 * The one rule that ties two fields together at every save: a timeline cannot end before it
 * starts. (Dates are YYYY-MM-DD, so they compare as text.)
 */
export function endsBeforeStart(content: Pick<CaseStudyContent, 'startDate' | 'endDate'>): boolean {
  return content.startDate !== null && content.endDate !== null && content.endDate < content.startDate;
}
export const END_BEFORE_START_REASON = 'must not be before the start date';

/**
 * The rules that tie SDG targets to goals, checked at every save: a target belongs to a goal the
 * case study is tagged with (tagging a target does not tag its goal: the writer chooses goals
 * first, then targets under them); an indicator names one of the case study's targets, and a UN
 * indicator code of that target.
 */
export function findSdgTargetProblems(content: Pick<CaseStudyContent, 'sdgs' | 'sdgTargets' | 'indicators'>): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = [];
  content.sdgTargets.forEach((target, index) => {
    const goal = sdgGoalOfTarget(target);
    if (goal === null) problems.push({ field: `sdgTargets[${index}]`, rule: 'not_allowed_value', reason: 'is not an SDG target' });
    else if (!content.sdgs.includes(goal)) problems.push({ field: `sdgTargets[${index}]`, rule: 'target_without_goal', reason: 'belongs to a goal the case study is not tagged with', params: { goal } });
  });
  content.indicators.forEach((indicator, index) => {
    if (indicator.sdgTarget !== null && !content.sdgTargets.includes(indicator.sdgTarget)) {
      problems.push({ field: `indicators[${index}].sdgTarget`, rule: 'target_not_tagged', reason: 'must be one of the case study’s SDG targets' });
    }
    if (indicator.unIndicator !== null) {
      const target = UN_INDICATOR_PATTERN.exec(indicator.unIndicator)?.[1];
      if (target === undefined) problems.push({ field: `indicators[${index}].unIndicator`, rule: 'invalid_format', reason: 'must be a UN indicator code such as 11.6.1' });
      else if (target !== indicator.sdgTarget) problems.push({ field: `indicators[${index}].unIndicator`, rule: 'indicator_not_of_target', reason: 'must be an indicator of the target the row names' });
    }
  });
  return problems;
}

export function emptyCaseStudyContent(): CaseStudyContent {
  return {
    title: '',
    summary: '',
    language: null,
    partnerMunicipalityIds: [],
    outcome: null,
    context: '',
    whatWasDone: '',
    results: '',
    indicators: [],
    whatWorked: '',
    whatDidNotWork: '',
    whatWeWouldDoDifferently: '',
    failureCauses: [],
    failureStage: null,
    salvaged: '',
    preconditions: '',
    tipsForAdopters: '',
    budgetAmount: null,
    budgetCurrency: null,
    fundingSources: [],
    coFinancingPercent: null,
    afterFunding: '',
    continuedAfterFunding: null,
    staffAndTime: '',
    startDate: null,
    endDate: null,
    sdgs: [],
    sdgTargets: [],
    themes: [],
    contactName: '',
    contactRole: '',
    contactEmail: '',
  };
}

/** The Markdown fields of the template. */
export const LONG_TEXT_FIELDS = [
  'context',
  'whatWasDone',
  'results',
  'whatWorked',
  'whatDidNotWork',
  'whatWeWouldDoDifferently',
  'salvaged',
  'preconditions',
  'tipsForAdopters',
  'afterFunding',
  'staffAndTime',
] as const satisfies readonly (keyof CaseStudyContent)[];
export type LongTextField = (typeof LONG_TEXT_FIELDS)[number];

const REQUIRED_TEXT: (keyof CaseStudyContent)[] = [
  'title',
  'summary',
  'context',
  'whatWasDone',
  'results',
  'whatWorked',
  'whatDidNotWork',
  'whatWeWouldDoDifferently',
  'preconditions',
  'tipsForAdopters',
  'staffAndTime',
  'contactName',
  'contactRole',
  'contactEmail',
];

/**
 * What a submission still lacks, field by field. The API refuses a submission with any of these;
 * the form shows the same list. (Types and lengths are checked on every save instead.)
 */
export function findIncompleteFields(content: CaseStudyContent): ApiErrorDetail[] {
  const missing: ApiErrorDetail[] = [];
  const need = (field: string, rule: ValidationRule = 'required', reason = 'is required', params?: ApiErrorDetail['params']) =>
    missing.push({ field, rule, reason, ...(params ? { params } : {}) });
  const needOne = (field: string, reason: string) => need(field, 'too_few', reason, { min: 1 });
  for (const field of REQUIRED_TEXT) if (!String(content[field] ?? '').trim()) need(field);
  if (!content.language) need('language');
  if (!content.outcome) need('outcome');
  if (!content.startDate) need('startDate');
  if (endsBeforeStart(content)) need('endDate', 'end_before_start', END_BEFORE_START_REASON);
  if (content.sdgs.length === 0) needOne('sdgs', 'needs at least one SDG');
  if (content.themes.length === 0) needOne('themes', 'needs at least one theme');
  if (content.fundingSources.length === 0) needOne('fundingSources', 'needs at least one funding source');
  content.fundingSources.forEach((source, index) => {
    if (source.kind === 'eu_programme' && !source.programmeId && !source.programmeName?.trim()) need(`fundingSources[${index}].programmeName`, 'required', 'is required for an EU programme');
  });
  const fundedAmount = content.fundingSources.reduce((sum, source) => sum + (source.amount ?? 0), 0);
  if (content.budgetAmount !== null && fundedAmount > content.budgetAmount) {
    need('fundingSources', 'amounts_above_budget', 'add up to more than the budget', { max: content.budgetAmount });
  }
  if ((content.budgetAmount === null) !== (content.budgetCurrency === null)) need('budgetCurrency', 'needs_budget_amount', 'goes with the budget amount');
  content.indicators.forEach((indicator, index) => {
    if (!indicator.name.trim()) need(`indicators[${index}].name`);
  });
  if (content.outcome && OUTCOMES_NEEDING_FAILURE_ANALYSIS.includes(content.outcome)) {
    if (content.failureCauses.length === 0) needOne('failureCauses', 'needs at least one cause for a partial success or a failure');
    content.failureCauses.forEach((entry, index) => {
      if (!entry.note.trim()) need(`failureCauses[${index}].note`);
    });
    if (!content.failureStage) need('failureStage', 'required', 'is required for a partial success or a failure');
  }
  return missing;
}

export const CASE_STUDY_STATUSES = ['draft', 'submitted', 'changes_requested', 'published', 'rejected', 'archived'] as const;
/**
 * The state of a case study's latest work. A published case study being revised is `draft`,
 * `submitted` or `changes_requested` again while its published revision stays public.
 */
export type CaseStudyStatus = (typeof CASE_STUDY_STATUSES)[number];

export const MODERATION_DECISIONS = ['approve', 'request_changes', 'reject'] as const;
export type ModerationDecisionKind = (typeof MODERATION_DECISIONS)[number];

export interface PersonRef {
  id: string;
  displayName: string;
}

/**
 * How an anonymous case study names its town to those who may not know it: "a district
 * municipality in Türkiye". Each part is there only while enough towns of the portal share it
 * (see ANONYMITY_MIN_TOWNS in the API's configuration): without the kind, "a municipality in
 * Türkiye"; without either, "a municipality".
 */
export interface AnonymousOrigin {
  kind: MunicipalityKind | null;
  country: string | null;
}

export interface ModerationDecision {
  id: string;
  revisionId: string;
  decision: ModerationDecisionKind;
  comment: string;
  /** The rubric: a comment per template section, where the moderator had one. */
  sectionComments: Partial<Record<TemplateSection, string>>;
  moderator: PersonRef | null;
  decidedAt: string;
}

export interface CaseStudyRevisionSummary {
  id: string;
  number: number;
  submittedAt: string;
  submittedBy: PersonRef | null;
  decision: ModerationDecision | null;
  /** The author asks, in this revision, that the town not be named. */
  publishAnonymously: boolean;
}

/** What in an anonymous revision's text can name its town: the review page marks each. */
export const IDENTIFYING_TERM_KINDS = ['town', 'partner', 'person', 'place', 'adaptation_text'] as const;
export type IdentifyingTermKind = (typeof IDENTIFYING_TERM_KINDS)[number];

/** `Field`: the texts looked in, by name: the content's fields, a translation's, or a file's descriptions. */
export interface IdentifyingTerm<Field extends string = keyof CaseStudyContent> {
  /** Exactly as it is written in the text. */
  text: string;
  kind: IdentifyingTermKind;
  /** The fields it is written in. */
  fields: Field[];
}

/** What of a picture or a document readers see beside the text. */
export type FileTextField = 'altText' | 'caption' | 'title';

/** A file of the case study whose description names what could give its town away. */
export interface IdentifyingFile {
  fileId: string;
  kind: FileKind;
  texts: Record<FileTextField, string>;
  terms: IdentifyingTerm<FileTextField>[];
}

export interface CaseStudyRevision extends CaseStudyRevisionSummary {
  caseStudyId: string;
  content: CaseStudyContent;
  /**
   * For a revision that asks for anonymity: the names of the town, its partners, its people and
   * its places found in the text, and passages copied from its public adaptation. Empty otherwise.
   */
  identifyingTerms: IdentifyingTerm[];
  /**
   * Likewise for the case study's pictures and documents (their alt texts, captions and titles,
   * as they are now): only the files where something was found. Empty when not anonymous.
   */
  identifyingFiles: IdentifyingFile[];
}

/** The public face of a case study: its published revision, as the caller may see it. */
export interface PublishedCaseStudy {
  revisionId: string;
  revisionNumber: number;
  publishedAt: string;
  /** Contact fields are empty strings when `contactVisible` is false (visitors; anonymous stories). */
  content: CaseStudyContent;
  contactVisible: boolean;
  partners: MunicipalitySummary[];
  /** Set when `content` is an approved translation's texts over the original (`?lang=` or Accept-Language chose it). */
  translation: ShownTranslation | null;
  /** Every language it can be read in: the original first, then its approved translations. */
  versions: CaseStudyVersion[];
}

/** The working copy, for its municipality's staff, moderators and admins. */
export interface CaseStudyDraft {
  content: CaseStudyContent;
  /** What the working copy asks for; readers see it once a moderator approves the revision that carries it. */
  publishAnonymously: boolean;
  /** Send it back with every save; a stale one gets 409 and nothing is overwritten. */
  version: number;
  updatedAt: string;
}

export interface CaseStudyDetail {
  id: string;
  status: CaseStudyStatus;
  /** Null when the story is published anonymously and the caller may not know the town. */
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
  /** Whether the published revision hides the town (the working copy's wish is in `draft`). */
  publishAnonymously: boolean;
  featured: boolean;
  published: PublishedCaseStudy | null;
  draft: CaseStudyDraft | null;
  /** The last decision on this case study, with its rubric. */
  latestDecision: ModerationDecision | null;
  /** Written up from an adaptation of another town's practice. */
  adaptedFrom: AdaptedFrom | null;
  /** The caller is verified staff of its town or of a twinning partner, and may translate it once published. */
  mayTranslate: boolean;
  /** Its cover picture, gallery and documents. */
  files: CaseStudyFiles;
  createdAt: string;
}

/** The adaptation a case study was written up from, and the practice it adapted. */
export interface AdaptedFrom {
  adaptationId: string;
  /** Null when the original is no longer public (archived). */
  caseStudy: { id: string; title: string } | null;
}

export interface CaseStudySummary {
  id: string;
  status: CaseStudyStatus;
  title: string;
  summary: string;
  /** The original's language. */
  language: CaseStudyLanguage | null;
  /** The title's and summary's: an approved translation's where the reader's language (`?lang=`, Accept-Language) has one. */
  shownLanguage: CaseStudyLanguage | null;
  outcome: Outcome | null;
  sdgs: number[];
  themes: Theme[];
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
  featured: boolean;
  cover: CoverPicture | null;
  publishedAt: string | null;
  updatedAt: string;
}

export interface CaseStudyListQuery extends PageQuery {
  municipality?: string;
  status?: CaseStudyStatus;
  /** Only featured practices the public may read (`featured=true`), for the home page. */
  featured?: boolean;
  /** `public=true`: only what a visitor sees, whoever asks (a town's page shows everyone the same list). */
  public?: boolean;
  /** The reader's language: cards show an approved translation into it, where there is one (else Accept-Language decides). */
  lang?: CaseStudyLanguage;
}

export interface CreateCaseStudyRequest {
  content?: Partial<CaseStudyContent>;
  publishAnonymously?: boolean;
}

/** A save of the working copy: the fields sent replace the saved ones; the others stay. */
export interface UpdateCaseStudyRequest {
  version: number;
  content?: Partial<CaseStudyContent>;
  publishAnonymously?: boolean;
}

export interface SubmitCaseStudyRequest {
  version: number;
}

export interface FeatureCaseStudyRequest {
  featured: boolean;
}

export interface FieldChange {
  field: string;
  section: TemplateSection | null;
  before: unknown;
  after: unknown;
}

export interface RevisionDiff {
  from: { revisionId: string; number: number };
  to: { revisionId: string; number: number };
  changes: FieldChange[];
}

export interface ModerationQueueItem {
  revisionId: string;
  revisionNumber: number;
  caseStudyId: string;
  title: string;
  outcome: Outcome | null;
  language: CaseStudyLanguage | null;
  municipality: MunicipalitySummary;
  submittedAt: string;
  submittedBy: PersonRef | null;
  /** The revision before it that a moderator decided on; null for a first submission. (The review diffs against the published revision, which a rejection in between leaves in place.) */
  previousRevisionId: string | null;
  /** The author asks that the town not be named. */
  publishAnonymously: boolean;
}

export interface DecisionRequest {
  decision: ModerationDecisionKind;
  comment: string;
  sectionComments: Partial<Record<TemplateSection, string>>;
}

/**
 * Every kind of notification, in the order the settings page lists them. A new kind is added
 * here; the compiler then asks for its default channel below, its e-mail text and its label.
 */
export const NOTIFICATION_KINDS = ['moderation_decision', 'adaptation_started', 'adaptation_check_in', 'question_asked', 'question_answered', 'translation_requested', 'translation_decision', 'submission_waiting', 'report_waiting', 'account_verified',
  'partner_request_answered', 'partner_answer_shortlisted', 'partner_answer_accepted', 'partner_pair_awaiting_confirmation', 'partner_pair_confirmed', 'partner_request_matches'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Only moderators and admins are sent these; the settings page shows them only to them. */
export const MODERATOR_NOTIFICATION_KINDS: readonly NotificationKind[] = ['submission_waiting', 'report_waiting'];

/**
 * How a person is told: only in the app, in the app and by e-mail at once, in the app and in one
 * e-mail a day, or not at all.
 */
export const NOTIFICATION_CHANNELS = ['app', 'email', 'digest', 'off'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** What applies until a person chooses: news about one's own work at once, the moderators' queue once a day. */
export const DEFAULT_NOTIFICATION_CHANNELS: Record<NotificationKind, NotificationChannel> = {
  moderation_decision: 'email',
  adaptation_started: 'email',
  adaptation_check_in: 'email',
  question_asked: 'email',
  question_answered: 'email',
  translation_requested: 'email',
  translation_decision: 'email',
  submission_waiting: 'digest',
  report_waiting: 'digest',
  account_verified: 'email',
  partner_request_answered: 'email',
  partner_answer_shortlisted: 'email',
  partner_answer_accepted: 'email',
  partner_pair_awaiting_confirmation: 'digest',
  partner_pair_confirmed: 'email',
  // Every new request on a town's themes would be many e-mails: once a day is enough.
  partner_request_matches: 'digest',
};

/** GET and PATCH /api/v1/me/notification-preferences: a channel for every kind (PATCH may name only some). */
export type NotificationPreferences = Record<NotificationKind, NotificationChannel>;

export interface Notification {
  id: string;
  kind: NotificationKind;
  /** What it is about; null for news about the account itself or about a partner request. */
  caseStudyId: string | null;
  /** The case study's (or partner request's) title when the notification was made (the municipality's name for an account verified). */
  title: string;
  /** For a partner request, its answers and the partnership it led to. */
  partnerRequestId: string | null;
  /** For a moderation decision. */
  decision: ModerationDecisionKind | null;
  /** For an adaptation or its check-in. */
  adaptationId: string | null;
  /** For a question asked or answered. */
  questionId: string | null;
  /** For a translation asked for or decided on: its language. */
  language: CaseStudyLanguage | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationList {
  items: Notification[];
  unreadCount: number;
}

export const CaseStudyErrorCode = {
  NotFound: 'case_study_not_found',
  InvalidTransition: 'invalid_transition',
  StaleVersion: 'stale_version',
  Incomplete: 'case_study_incomplete',
  AlreadyDecided: 'revision_already_decided',
  OwnSubmission: 'own_submission',
  RevisionNotFound: 'revision_not_found',
} as const;
