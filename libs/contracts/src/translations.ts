import type { ApiErrorDetail } from './errors';
import { CASE_STUDY_LIMITS, type CaseStudyContent, type IdentifyingTerm, LONG_TEXT_FIELDS, type LongTextField, type PersonRef, sectionOf, type TemplateSection } from './case-studies';
import type { MunicipalitySummary } from './municipalities';
import { type CaseStudyLanguage } from './vocabularies';

/**
 * The texts of the case study template that a translation carries. Everything else (outcome,
 * numbers, dates, classification, partners, contact) is the original's, shown beside them.
 */
export type TranslatableField = 'title' | 'summary' | LongTextField;
export const TRANSLATABLE_FIELDS: readonly TranslatableField[] = ['title', 'summary', ...LONG_TEXT_FIELDS];
/** The texts in the template's lists that a translation carries too, by the path the API names them with. */
export type ListTextPath = `indicators[${number}].name` | `indicators[${number}].unit` | `failureCauses[${number}].note`;
export type TranslatedTextKey = TranslatableField | ListTextPath;
/**
 * A translation's texts by path: `title`, `indicators[2].name`, `failureCauses[0].note`. A list
 * text a translation lacks (one written before lists were translated) is read in the original.
 */
export type TranslatedTexts = Record<TranslatableField, string> & Partial<Record<ListTextPath, string>>;

const LIST_TEXT = /^(indicators|failureCauses)\[(\d+)\]\.(name|unit|note)$/;

/** Every text of the content a translation carries, by path: the fields, then each indicator's name and unit and each failure cause's note. */
export function textPathsOf(content: CaseStudyContent): TranslatedTextKey[] {
  return [
    ...TRANSLATABLE_FIELDS,
    ...content.indicators.flatMap((_, index) => [`indicators[${index}].name`, `indicators[${index}].unit`] as const),
    ...content.failureCauses.map((_, index) => `failureCauses[${index}].note` as const),
  ];
}

/** The text at a path of the content; empty when the path is not there. */
export function textAt(content: CaseStudyContent, path: TranslatedTextKey): string {
  const list = LIST_TEXT.exec(path);
  if (!list) return content[path as TranslatableField] ?? '';
  const item = content[list[1] as 'indicators' | 'failureCauses'][Number(list[2])] as unknown as Record<string, string> | undefined;
  return item?.[list[3]] ?? '';
}

/** The longest each translated text may be: the same as the original field's. */
export function translatedTextMaxLength(path: TranslatedTextKey): number {
  if (path === 'title') return CASE_STUDY_LIMITS.titleMaxLength;
  if (path === 'summary') return CASE_STUDY_LIMITS.summaryMaxLength;
  if (path.endsWith('.name')) return CASE_STUDY_LIMITS.shortTextMaxLength;
  if (path.endsWith('.unit')) return CASE_STUDY_LIMITS.indicatorUnitMaxLength;
  if (path.endsWith('.note')) return CASE_STUDY_LIMITS.noteMaxLength;
  return CASE_STUDY_LIMITS.longTextMaxLength;
}

export function textsOf(content: CaseStudyContent): TranslatedTexts {
  return Object.fromEntries(textPathsOf(content).map((path) => [path, textAt(content, path)])) as TranslatedTexts;
}

/**
 * What a translation still lacks: every text the original has must be translated (one the
 * original leaves empty may stay empty), and none may be longer than the original field allows.
 */
export function findTranslationProblems(texts: Partial<Record<string, unknown>>, original: CaseStudyContent): ApiErrorDetail[] {
  const paths: readonly string[] = textPathsOf(original);
  const problems: ApiErrorDetail[] = Object.keys(texts)
    .filter((field) => !paths.includes(field))
    .map((field) => ({ field: `texts.${field}`, rule: 'unknown_field' as const, reason: 'is not a text of this case study' }));
  for (const path of textPathsOf(original)) {
    const value = texts[path] ?? '';
    if (typeof value !== 'string') problems.push({ field: `texts.${path}`, rule: 'not_text', reason: 'must be a text' });
    else if (value.length > translatedTextMaxLength(path)) problems.push({ field: `texts.${path}`, rule: 'too_long', reason: `must be at most ${translatedTextMaxLength(path)} characters`, params: { max: translatedTextMaxLength(path) } });
    else if (textAt(original, path).trim() && !value.trim()) problems.push({ field: `texts.${path}`, rule: 'required', reason: 'is required: the original has this text' });
  }
  return problems;
}

/** The template sections whose texts differ between two versions of the original. */
export function changedTextSections(before: CaseStudyContent, after: CaseStudyContent): TemplateSection[] {
  const paths = [...new Set([...textPathsOf(before), ...textPathsOf(after)])];
  const sections = paths.filter((path) => textAt(before, path) !== textAt(after, path)).map((path) => sectionOf(path)!);
  return [...new Set(sections)];
}

/** The original content with a translation's texts in place of its own; a list text the translation lacks stays the original's. */
export function withTranslatedTexts(content: CaseStudyContent, texts: TranslatedTexts, language: CaseStudyLanguage): CaseStudyContent {
  const fields = Object.fromEntries(TRANSLATABLE_FIELDS.map((field) => [field, texts[field]]));
  return {
    ...content,
    ...fields,
    indicators: content.indicators.map((indicator, index) => ({
      ...indicator,
      name: texts[`indicators[${index}].name`] || indicator.name,
      unit: texts[`indicators[${index}].unit`] || indicator.unit,
    })),
    failureCauses: content.failureCauses.map((entry, index) => ({ ...entry, note: texts[`failureCauses[${index}].note`] || entry.note })),
    language,
  };
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
  /** The case study is published without naming its town, or asks to be. */
  anonymous: boolean;
  /**
   * For a case study that is (or asks to be) anonymous, to those who know its town: what in the
   * translated texts could name the town, as on the revision review. Empty otherwise.
   */
  identifyingTerms: IdentifyingTerm<TranslatedTextKey>[];
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
