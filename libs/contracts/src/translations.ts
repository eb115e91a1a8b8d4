import type { ApiErrorDetail } from './errors';
import { CASE_STUDY_LIMITS, type CaseStudyContent, LONG_TEXT_FIELDS, type PersonRef, sectionOf, type TemplateSection } from './case-studies';
import type { MunicipalitySummary } from './municipalities';
import { type CaseStudyLanguage } from './vocabularies';

/**
 * The texts of the case study template that a translation carries. Everything else (outcome,
 * numbers, dates, classification, partners, contact) is the original's, shown beside them.
 */
export const TRANSLATABLE_FIELDS = ['title', 'summary', ...LONG_TEXT_FIELDS] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];
export type TranslatedTexts = Record<TranslatableField, string>;

/** The longest each translated text may be: the same as the original field's. */
export function translatedTextMaxLength(field: TranslatableField): number {
  if (field === 'title') return CASE_STUDY_LIMITS.titleMaxLength;
  if (field === 'summary') return CASE_STUDY_LIMITS.summaryMaxLength;
  return CASE_STUDY_LIMITS.longTextMaxLength;
}

export function textsOf(content: CaseStudyContent): TranslatedTexts {
  return Object.fromEntries(TRANSLATABLE_FIELDS.map((field) => [field, content[field]])) as TranslatedTexts;
}

/**
 * What a translation still lacks: every text the original has must be translated (one the
 * original leaves empty may stay empty), and none may be longer than the original field allows.
 */
export function findTranslationProblems(texts: Partial<Record<string, unknown>>, original: CaseStudyContent): ApiErrorDetail[] {
  const problems: ApiErrorDetail[] = Object.keys(texts)
    .filter((field) => !(TRANSLATABLE_FIELDS as readonly string[]).includes(field))
    .map((field) => ({ field: `texts.${field}`, rule: 'unknown_field' as const, reason: 'is not a text of the case study template' }));
  for (const field of TRANSLATABLE_FIELDS) {
    const value = texts[field] ?? '';
    if (typeof value !== 'string') problems.push({ field: `texts.${field}`, rule: 'not_text', reason: 'must be a text' });
    else if (value.length > translatedTextMaxLength(field)) problems.push({ field: `texts.${field}`, rule: 'too_long', reason: `must be at most ${translatedTextMaxLength(field)} characters`, params: { max: translatedTextMaxLength(field) } });
    else if (original[field].trim() && !value.trim()) problems.push({ field: `texts.${field}`, rule: 'required', reason: 'is required: the original has this text' });
  }
  return problems;
}

/** The template sections whose texts differ between two versions of the original. */
export function changedTextSections(before: CaseStudyContent, after: CaseStudyContent): TemplateSection[] {
  const sections = TRANSLATABLE_FIELDS.filter((field) => before[field] !== after[field]).map((field) => sectionOf(field)!);
  return [...new Set(sections)];
}

/** The original content with a translation's texts in place of its own. */
export function withTranslatedTexts(content: CaseStudyContent, texts: TranslatedTexts, language: CaseStudyLanguage): CaseStudyContent {
  return { ...content, ...texts, language };
}

export const TRANSLATION_REVISION_STATUSES = ['submitted', 'approved', 'rejected'] as const;
export type TranslationRevisionStatus = (typeof TRANSLATION_REVISION_STATUSES)[number];
export const TRANSLATION_DECISIONS = ['approve', 'reject'] as const;
export type TranslationDecisionKind = (typeof TRANSLATION_DECISIONS)[number];

/** A language a published case study can be read in: its original, or an approved translation. */
export interface CaseStudyVersion {
  language: CaseStudyLanguage;
  original: boolean;
  /** For a translation: the original has changed these sections since it was translated (empty when up to date). */
  outdatedSections: TemplateSection[];
}

/** Which version a reader is shown, when it is a translation. */
export interface ShownTranslation {
  translationId: string;
  language: CaseStudyLanguage;
  originalLanguage: CaseStudyLanguage;
  /**
   * The town whose staff translated it. Null for an anonymous case study: its translators are
   * its own town or a partner, and either would give the town away.
   */
  translator: MunicipalitySummary | null;
  approvedAt: string;
  /** Sections of the original changed since this translation was approved; empty while it is up to date. */
  outdatedSections: TemplateSection[];
}

/** POST /case-studies/:id/translations: a new translation, or a new revision of one, for the moderators. */
export interface SubmitTranslationRequest {
  language: CaseStudyLanguage;
  texts: TranslatedTexts;
}

export interface TranslationRevision {
  id: string;
  translationId: string;
  caseStudyId: string;
  number: number;
  language: CaseStudyLanguage;
  originalLanguage: CaseStudyLanguage;
  status: TranslationRevisionStatus;
  texts: TranslatedTexts;
  /** The texts of the original revision it translates, for reading side by side. */
  originalTexts: TranslatedTexts;
  /** Null for an anonymous case study, to those who may not know its town. */
  translator: MunicipalitySummary | null;
  submittedBy: PersonRef | null;
  submittedAt: string;
  /** The reason of a rejection, or a moderator's note on an approval. */
  decisionComment: string;
  decidedAt: string | null;
}

/** A translation revision waiting for a moderator. */
export interface TranslationQueueItem {
  revisionId: string;
  caseStudyId: string;
  title: string;
  language: CaseStudyLanguage;
  originalLanguage: CaseStudyLanguage;
  translator: MunicipalitySummary;
  submittedAt: string;
  /** A new revision of a translation readers already have. */
  update: boolean;
}

export interface TranslationDecisionRequest {
  decision: TranslationDecisionKind;
  /** Required to reject: the translators read it. */
  comment: string;
}

/** POST /case-studies/:id/translation-requests: ask the town and its partners for a translation. */
export interface TranslationRequestRequest {
  language: CaseStudyLanguage;
}

export const TranslationErrorCode = {
  NotTranslatable: 'not_translatable',
  AlreadyWaiting: 'translation_already_waiting',
  AlreadyTranslated: 'already_translated',
  RevisionNotFound: 'translation_revision_not_found',
} as const;
