import {
  ApiRoutes,
  type CaseStudyDetail,
  type CaseStudyListQuery,
  type CaseStudyRevision,
  type CaseStudyRevisionSummary,
  type CaseStudySummary,
  type CreateCaseStudyRequest,
  type FeatureCaseStudyRequest,
  type Page,
  type RevisionDiff,
  type SearchHit,
  type SubmitCaseStudyRequest,
  type UpdateCaseStudyRequest,
} from '@twinning/contracts';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

/** What a viewer may see of a case study depends on who they are, so it is all dropped at sign-out. */
export const caseStudyKeys = {
  all: ['case-studies'] as const,
  lists: () => [...caseStudyKeys.all, 'list'] as const,
  list: (query: CaseStudyListQuery) => [...caseStudyKeys.lists(), query] as const,
  detail: (id: string) => [...caseStudyKeys.all, 'detail', id] as const,
  revisions: (id: string) => [...caseStudyKeys.all, 'revisions', id] as const,
  revision: (id: string, revisionId: string) => [...caseStudyKeys.revisions(id), revisionId] as const,
  diff: (id: string, from: string, to: string) => [...caseStudyKeys.all, 'diff', id, from, to] as const,
  similar: (id: string, language: string | undefined) => [...caseStudyKeys.all, 'similar', id, language] as const,
};

export function fetchCaseStudies(query: CaseStudyListQuery, signal?: AbortSignal): Promise<Page<CaseStudySummary>> {
  return apiGet<Page<CaseStudySummary>>(ApiRoutes.caseStudies, { query: { ...query }, signal });
}

export function fetchCaseStudy(id: string, signal?: AbortSignal): Promise<CaseStudyDetail> {
  return apiGet<CaseStudyDetail>(ApiRoutes.caseStudy(id), { signal });
}

export function createCaseStudy(request: CreateCaseStudyRequest): Promise<CaseStudyDetail> {
  return apiPost<CaseStudyDetail>(ApiRoutes.caseStudies, request);
}

export function updateCaseStudy(id: string, request: UpdateCaseStudyRequest): Promise<CaseStudyDetail> {
  return apiPatch<CaseStudyDetail>(ApiRoutes.caseStudy(id), request);
}

export function submitCaseStudy(id: string, request: SubmitCaseStudyRequest): Promise<CaseStudyDetail> {
  return apiPost<CaseStudyDetail>(ApiRoutes.submitCaseStudy(id), request);
}

export function archiveCaseStudy(id: string): Promise<CaseStudyDetail> {
  return apiPost<CaseStudyDetail>(ApiRoutes.archiveCaseStudy(id));
}

/** Deletes it with its files: its town's staff a draft never published, admins any case study. */
export function deleteCaseStudy(id: string): Promise<void> {
  return apiDelete(ApiRoutes.caseStudy(id));
}

export function featureCaseStudy(id: string, request: FeatureCaseStudyRequest): Promise<CaseStudyDetail> {
  return apiPost<CaseStudyDetail>(ApiRoutes.featureCaseStudy(id), request);
}

export function fetchRevisions(id: string, signal?: AbortSignal): Promise<CaseStudyRevisionSummary[]> {
  return apiGet<CaseStudyRevisionSummary[]>(ApiRoutes.caseStudyRevisions(id), { signal });
}

export function fetchRevision(id: string, revisionId: string, signal?: AbortSignal): Promise<CaseStudyRevision> {
  return apiGet<CaseStudyRevision>(ApiRoutes.caseStudyRevision(id, revisionId), { signal });
}

export function fetchRevisionDiff(id: string, from: string, to: string, signal?: AbortSignal): Promise<RevisionDiff> {
  return apiGet<RevisionDiff>(ApiRoutes.caseStudyDiff(id), { query: { from, to }, signal });
}

/** Up to six published case studies like this one, in `lang` where translated; an empty list when there are none. */
export function fetchSimilarCaseStudies(id: string, lang: string | undefined, signal?: AbortSignal): Promise<SearchHit[]> {
  return apiGet<SearchHit[]>(ApiRoutes.similarCaseStudies(id), { query: { lang }, signal });
}
