import {
  ApiRoutes,
  type CaseStudyDetail,
  type CaseStudyLanguage,
  type Page,
  type PageQuery,
  type SubmitTranslationRequest,
  type TranslationDecisionRequest,
  type TranslationQueueItem,
  type TranslationRevision,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';
import { caseStudyKeys } from '../../case-studies/api/case-studies.api';

export const translationKeys = {
  all: ['translations'] as const,
  queue: (query: PageQuery) => [...translationKeys.all, 'queue', query] as const,
  revision: (revisionId: string) => [...translationKeys.all, 'revision', revisionId] as const,
  /** Under the case study's own key, so whatever refreshes the case study refreshes every version of it. */
  reading: (caseStudyId: string, language: string) => [...caseStudyKeys.detail(caseStudyId), 'in', language] as const,
};

/** The case study as a reader of `language` gets it: an approved translation into it, or the original. */
export function fetchCaseStudyIn(caseStudyId: string, language: string, signal?: AbortSignal): Promise<CaseStudyDetail> {
  return apiGet<CaseStudyDetail>(ApiRoutes.caseStudy(caseStudyId), { query: { lang: language }, signal });
}

export function submitTranslation(caseStudyId: string, request: SubmitTranslationRequest): Promise<TranslationRevision> {
  return apiPost<TranslationRevision>(ApiRoutes.caseStudyTranslations(caseStudyId), request);
}

export function requestTranslation(caseStudyId: string, language: CaseStudyLanguage): Promise<void> {
  return apiPost<void>(ApiRoutes.translationRequests(caseStudyId), { language });
}

export function fetchTranslationRevision(revisionId: string, signal?: AbortSignal): Promise<TranslationRevision> {
  return apiGet<TranslationRevision>(ApiRoutes.translationRevision(revisionId), { signal });
}

export function fetchTranslationQueue(query: PageQuery, signal?: AbortSignal): Promise<Page<TranslationQueueItem>> {
  return apiGet<Page<TranslationQueueItem>>(ApiRoutes.translationQueue, { query: { ...query }, signal });
}

export function decideTranslation(revisionId: string, request: TranslationDecisionRequest): Promise<TranslationRevision> {
  return apiPost<TranslationRevision>(ApiRoutes.translationDecision(revisionId), request);
}
