import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AdaptationErrorCode, type Adaptation, type CheckInRequest, type StartAdaptationRequest } from '@twinning/contracts';
import { ApiError } from '../../../lib/api-client';
import { caseStudyKeys } from '../../case-studies/api/case-studies.api';
import { adaptationKeys, recordCheckIn, startAdaptation, writeUpAdaptation } from '../api/adaptations.api';

/**
 * The answer is the new adaptation, kept for its page; the case study's list of adapting towns
 * asks again. A 409 `already_adapting` also refreshes that list, where the town's adaptation is.
 */
export function useStartAdaptation(caseStudyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: StartAdaptationRequest) => startAdaptation(caseStudyId, request),
    onSuccess: (adaptation) => queryClient.setQueryData(adaptationKeys.detail(adaptation.id), adaptation),
    // The case study's list of adapting towns and both towns' pages.
    onSettled: () => queryClient.invalidateQueries({ queryKey: adaptationKeys.all }),
  });
}

/**
 * One check-in. A 409 means the status moved on meanwhile (another member of staff checked in),
 * so the adaptation is loaded again and the form offers what is allowed now.
 */
export function useRecordCheckIn(adaptation: Pick<Adaptation, 'id' | 'caseStudy'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CheckInRequest) => recordCheckIn(adaptation.id, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(adaptationKeys.detail(adaptation.id), saved);
      await queryClient.invalidateQueries({ queryKey: adaptationKeys.forCaseStudy(adaptation.caseStudy.id) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === AdaptationErrorCode.InvalidTransition) {
        void queryClient.invalidateQueries({ queryKey: adaptationKeys.all });
      }
    },
  });
}

/**
 * Starts the case study of a finished adaptation. The new draft is kept for the form it opens in;
 * the adaptation is asked again either way, since a 409 `already_written_up` means it has its
 * write-up already (another member of staff started it), which the page then links to.
 */
export function useWriteUpAdaptation(adaptationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => writeUpAdaptation(adaptationId),
    onSuccess: (caseStudy) => {
      queryClient.setQueryData(caseStudyKeys.detail(caseStudy.id), caseStudy);
      void queryClient.invalidateQueries({ queryKey: caseStudyKeys.lists() });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: adaptationKeys.all }),
  });
}
