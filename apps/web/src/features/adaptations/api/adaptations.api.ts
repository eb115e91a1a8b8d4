import {
  ApiRoutes,
  type Adaptation,
  type AdaptationSummary,
  type CaseStudyDetail,
  type CheckInRequest,
  type StartAdaptationRequest,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const adaptationKeys = {
  all: ['adaptations'] as const,
  forCaseStudy: (caseStudyId: string) => [...adaptationKeys.all, 'case-study', caseStudyId] as const,
  detail: (id: string) => [...adaptationKeys.all, 'detail', id] as const,
};

/** The towns adapting a published case study, newest first. */
export function fetchCaseStudyAdaptations(caseStudyId: string, signal?: AbortSignal): Promise<AdaptationSummary[]> {
  return apiGet<AdaptationSummary[]>(ApiRoutes.caseStudyAdaptations(caseStudyId), { signal });
}

export function fetchAdaptation(id: string, signal?: AbortSignal): Promise<Adaptation> {
  return apiGet<Adaptation>(ApiRoutes.adaptation(id), { signal });
}

export function startAdaptation(caseStudyId: string, request: StartAdaptationRequest): Promise<Adaptation> {
  return apiPost<Adaptation>(ApiRoutes.caseStudyAdaptations(caseStudyId), request);
}

export function recordCheckIn(id: string, request: CheckInRequest): Promise<Adaptation> {
  return apiPost<Adaptation>(ApiRoutes.adaptationCheckIns(id), request);
}

/** A draft case study of the adapting town, pre-filled from a finished adaptation. */
export function writeUpAdaptation(id: string): Promise<CaseStudyDetail> {
  return apiPost<CaseStudyDetail>(ApiRoutes.adaptationWriteUp(id));
}
