import {
  ApiRoutes,
  type MyPartnerRequests,
  type PartnerAnswer,
  type PartnerAnswerDecision,
  type PartnerAnswerInput,
  type PartnerPairAwaitingConfirmation,
  type PartnerRequestDetail,
  type PartnerRequestInput,
  type PartnerRequestListQuery,
  type PartnerRequestSearchResponse,
} from '@twinning/contracts';
import { apiGet, apiPost } from '../../../lib/api-client';

export const partnerRequestKeys = {
  all: ['partner-requests'] as const,
  list: (query: PartnerRequestListQuery) => [...partnerRequestKeys.all, 'list', query] as const,
  detail: (id: string) => [...partnerRequestKeys.all, 'detail', id] as const,
  mine: () => [...partnerRequestKeys.all, 'mine'] as const,
  pairs: () => [...partnerRequestKeys.all, 'pairs'] as const,
};

export function fetchPartnerRequests(query: PartnerRequestListQuery, signal?: AbortSignal): Promise<PartnerRequestSearchResponse> {
  return apiGet<PartnerRequestSearchResponse>(ApiRoutes.partnerRequests, { query: { ...query }, signal });
}

export function fetchPartnerRequest(id: string, signal?: AbortSignal): Promise<PartnerRequestDetail> {
  return apiGet<PartnerRequestDetail>(ApiRoutes.partnerRequest(id), { signal });
}

export function fetchMyPartnerRequests(signal?: AbortSignal): Promise<MyPartnerRequests> {
  return apiGet<MyPartnerRequests>(ApiRoutes.myPartnerRequests, { signal });
}

export function fetchPartnerPairs(signal?: AbortSignal): Promise<PartnerPairAwaitingConfirmation[]> {
  return apiGet<PartnerPairAwaitingConfirmation[]>(ApiRoutes.partnerPairQueue, { signal });
}

export function postPartnerRequest(input: PartnerRequestInput): Promise<PartnerRequestDetail> {
  return apiPost<PartnerRequestDetail>(ApiRoutes.partnerRequests, input);
}

export function answerPartnerRequest(id: string, input: PartnerAnswerInput): Promise<PartnerAnswer> {
  return apiPost<PartnerAnswer>(ApiRoutes.partnerRequestAnswers(id), input);
}

export function decidePartnerAnswer(answerId: string, decision: PartnerAnswerDecision): Promise<PartnerAnswer> {
  return apiPost<PartnerAnswer>(ApiRoutes.partnerAnswerDecision(answerId), decision);
}

export function confirmPartnerPair(answerId: string): Promise<PartnerAnswer> {
  return apiPost<PartnerAnswer>(ApiRoutes.confirmPartnerPair(answerId));
}
