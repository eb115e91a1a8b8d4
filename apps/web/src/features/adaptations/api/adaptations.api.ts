import {
  ApiRoutes,
  type Adaptation,
  type AdaptationSummary,
  type CaseStudyDetail,
  type CheckInRequest,
  type MunicipalityAdaptations,
  type StartAdaptationRequest,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const adaptationKeys = {
  all: ['adaptations'] as const,
  forCaseStudy: (caseStudyId: string) => [...adaptationKeys.all, 'case-study', caseStudyId] as const,
  detail: (id: string) => [...adaptationKeys.all, 'detail', id] as const,
  forTown: (municipalityId: string) => [...adaptationKeys.all, 'town', municipalityId] as const,
};

/** The towns adapting a published case study, newest first. */
export function fetchCaseStudyAdaptations(caseStudyId: string, signal?: AbortSignal): Promise<AdaptationSummary[]> {
  return apiGet<AdaptationSummary[]>(ApiRoutes.caseStudyAdaptations(caseStudyId), { signal });
}

/** What a town adapts, and who adapts its practices (never through an anonymous case study). */
export function fetchTownAdaptations(municipalityId: string, signal?: AbortSignal): Promise<MunicipalityAdaptations> {
  return apiGet<MunicipalityAdaptations>(ApiRoutes.municipalityAdaptations(municipalityId), { signal });
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
