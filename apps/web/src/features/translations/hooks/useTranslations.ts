import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CaseStudyLanguage, type PageQuery, type SubmitTranslationRequest, type TranslationDecisionRequest } from '@twinning/contracts';
import { isUuid } from '../../../common/utils/uuid';
import { caseStudyKeys } from '../../case-studies/api/case-studies.api';
import {
  decideTranslation,
  fetchCaseStudyIn,
  fetchTranslationQueue,
  fetchTranslationRevision,
  requestTranslation,
  submitTranslation,
  translationKeys,
} from '../api/translations.api';

/** The case study in the reader's language where it has an approved translation, else in its original. */
export function useCaseStudyIn(caseStudyId: string, language: string | null) {
  return useQuery({
    queryKey: translationKeys.reading(caseStudyId, language ?? ''),
    queryFn: ({ signal }) => fetchCaseStudyIn(caseStudyId, language!, signal),
    enabled: isUuid(caseStudyId) && language !== null,
  });
}

export function useTranslationRevision(revisionId: string) {
  return useQuery({
    queryKey: translationKeys.revision(revisionId),
    queryFn: ({ signal }) => fetchTranslationRevision(revisionId, signal),
    enabled: isUuid(revisionId),
  });
}

export function useTranslationQueue(query: PageQuery) {
  return useQuery({
    queryKey: translationKeys.queue(query),
    queryFn: ({ signal }) => fetchTranslationQueue(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSubmitTranslation(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SubmitTranslationRequest) => submitTranslation(caseStudyId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: translationKeys.all }),
  });
}

export function useRequestTranslation(caseStudyId: string) {
  return useMutation({ mutationFn: (language: CaseStudyLanguage) => requestTranslation(caseStudyId, language) });
}

/** A decision changes the queue and what readers of the case study get; refetched after a refusal too (another moderator decided). */
export function useDecideTranslation(revisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TranslationDecisionRequest) => decideTranslation(revisionId, request),
    onSettled: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: translationKeys.all }), queryClient.invalidateQueries({ queryKey: caseStudyKeys.all })]),
  });
}
