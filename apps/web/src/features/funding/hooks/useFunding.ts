import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FundingCallListQuery, type FundingProgrammeInput, type FundingProgrammeListQuery } from '@twinning/contracts';
import { useMemo } from 'react';
import { createFundingCall, createFundingProgramme, fetchFundingCalls, fetchFundingProgramme, fetchFundingProgrammes, fundingKeys, updateFundingProgramme } from '../api/funding.api';

export function useFundingProgrammes(query: FundingProgrammeListQuery, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: fundingKeys.programmes(query), queryFn: ({ signal }) => fetchFundingProgrammes(query, signal), enabled });
}

/** The catalogue's programmes by id, for naming the programme a funding source points to; read only when `enabled`. */
export function useProgrammeNames(enabled: boolean): ReadonlyMap<string, string> {
  const programmes = useFundingProgrammes({}, { enabled });
  return useMemo(() => new Map((programmes.data ?? []).map((programme) => [programme.id, programme.name])), [programmes.data]);
}

/** The catalogue's programmes as the options of a select. */
export function useProgrammeOptions(): { value: string; label: string }[] {
  const names = useProgrammeNames(true);
  return useMemo(() => [...names].map(([value, label]) => ({ value, label })), [names]);
}

export function useFundingProgramme(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: fundingKeys.programme(id), queryFn: ({ signal }) => fetchFundingProgramme(id, signal), enabled });
}

export function useFundingCalls(query: FundingCallListQuery) {
  return useQuery({ queryKey: fundingKeys.calls(query), queryFn: ({ signal }) => fetchFundingCalls(query, signal) });
}

/** Moderators' changes to the catalogue; every funding list and page is read again after one. */
function useFundingMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: fundingKeys.all }) });
}

export function useCreateFundingCall() {
  return useFundingMutation(createFundingCall);
}

export function useArchiveFundingProgramme() {
  return useFundingMutation(({ id, archived }: { id: string; archived: boolean }) => updateFundingProgramme(id, { archived }));
}

/** Creates a programme, or replaces every field of an existing one. */
export function useSaveFundingProgramme() {
  return useFundingMutation(({ id, input }: { id?: string; input: FundingProgrammeInput }) => (id ? updateFundingProgramme(id, input) : createFundingProgramme(input)));
}
