import {
  ApiRoutes,
  type FundingCall,
  type FundingCallInput,
  type FundingCallListQuery,
  type FundingProgramme,
  type FundingProgrammeDetail,
  type FundingProgrammeInput,
  type FundingProgrammeListQuery,
  type FundingProgrammeUpdate,
} from '@twinning/contracts';
import { apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const fundingKeys = {
  all: ['funding'] as const,
  programmes: (query: FundingProgrammeListQuery) => [...fundingKeys.all, 'programmes', query] as const,
  programme: (id: string) => [...fundingKeys.all, 'programme', id] as const,
  calls: (query: FundingCallListQuery) => [...fundingKeys.all, 'calls', query] as const,
};

export function fetchFundingProgrammes(query: FundingProgrammeListQuery, signal?: AbortSignal): Promise<FundingProgramme[]> {
  return apiGet<FundingProgramme[]>(ApiRoutes.fundingProgrammes, { query: { ...query }, signal });
}

export function fetchFundingProgramme(id: string, signal?: AbortSignal): Promise<FundingProgrammeDetail> {
  return apiGet<FundingProgrammeDetail>(ApiRoutes.fundingProgramme(id), { signal });
}

export function fetchFundingCalls(query: FundingCallListQuery, signal?: AbortSignal): Promise<FundingCall[]> {
  return apiGet<FundingCall[]>(ApiRoutes.fundingCalls, { query: { ...query }, signal });
}

export function createFundingCall(input: FundingCallInput): Promise<FundingCall> {
  return apiPost<FundingCall>(ApiRoutes.fundingCalls, input);
}

export function updateFundingProgramme(id: string, changes: FundingProgrammeUpdate): Promise<FundingProgramme> {
  return apiPatch<FundingProgramme>(ApiRoutes.fundingProgramme(id), changes);
}

export function createFundingProgramme(input: FundingProgrammeInput): Promise<FundingProgramme> {
  return apiPost<FundingProgramme>(ApiRoutes.fundingProgrammes, input);
}
