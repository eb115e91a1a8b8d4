import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type PartnerAnswerDecision, type PartnerAnswerInput, type PartnerRequestListQuery } from '@twinning/contracts';
import {
  answerPartnerRequest,
  confirmPartnerPair,
  decidePartnerAnswer,
  fetchMyPartnerRequests,
  fetchPartnerPairs,
  fetchPartnerRequest,
  fetchPartnerRequests,
  partnerRequestKeys,
  postPartnerRequest,
} from '../api/partner-requests.api';

export function usePartnerRequests(query: PartnerRequestListQuery) {
  return useQuery({ queryKey: partnerRequestKeys.list(query), queryFn: ({ signal }) => fetchPartnerRequests(query, signal) });
}

export function usePartnerRequest(id: string) {
  return useQuery({ queryKey: partnerRequestKeys.detail(id), queryFn: ({ signal }) => fetchPartnerRequest(id, signal) });
}

export function useMyPartnerRequests() {
  return useQuery({ queryKey: partnerRequestKeys.mine(), queryFn: ({ signal }) => fetchMyPartnerRequests(signal) });
}

export function usePartnerPairs() {
  return useQuery({ queryKey: partnerRequestKeys.pairs(), queryFn: ({ signal }) => fetchPartnerPairs(signal) });
}

/** Every partner request list and page is read again after a change. */
function usePartnerRequestMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerRequestKeys.all }) });
}

export function usePostPartnerRequest() {
  return usePartnerRequestMutation(postPartnerRequest);
}

export function useAnswerPartnerRequest(id: string) {
  return usePartnerRequestMutation((input: PartnerAnswerInput) => answerPartnerRequest(id, input));
}

export function useDecidePartnerAnswer() {
  return usePartnerRequestMutation(({ answerId, decision }: { answerId: string; decision: PartnerAnswerDecision }) => decidePartnerAnswer(answerId, decision));
}

export function useConfirmPartnerPair() {
  return usePartnerRequestMutation(confirmPartnerPair);
}
