import { useQuery } from '@tanstack/react-query';
import { type FundingCallListQuery, type FundingProgrammeListQuery } from '@twinning/contracts';
import { fetchFundingCalls, fetchFundingProgramme, fetchFundingProgrammes, fundingKeys } from '../api/funding.api';

export function useFundingProgrammes(query: FundingProgrammeListQuery) {
  return useQuery({ queryKey: fundingKeys.programmes(query), queryFn: ({ signal }) => fetchFundingProgrammes(query, signal) });
}

export function useFundingProgramme(id: string) {
  return useQuery({ queryKey: fundingKeys.programme(id), queryFn: ({ signal }) => fetchFundingProgramme(id, signal) });
}

export function useFundingCalls(query: FundingCallListQuery) {
  return useQuery({ queryKey: fundingKeys.calls(query), queryFn: ({ signal }) => fetchFundingCalls(query, signal) });
}
