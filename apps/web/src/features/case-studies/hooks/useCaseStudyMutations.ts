import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type CaseStudyDetail, type UpdateCaseStudyRequest } from '@twinning/contracts';
import {
  archiveCaseStudy,
  caseStudyKeys,
  createCaseStudy,
  deleteCaseStudy,
  featureCaseStudy,
  submitCaseStudy,
  updateCaseStudy,
} from '../api/case-studies.api';

/** After a change of status, every list and page that shows the case study asks again. */
function useCaseStudyChange<Variables>(mutationFn: (variables: Variables) => Promise<CaseStudyDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: caseStudyKeys.all }),
  });
}

export function useCreateCaseStudy() {
  return useCaseStudyChange(createCaseStudy);
}

/**
 * One save of the working copy. The answer is the new state (with the new `draft.version`), so
 * the page takes it as is instead of asking again; lists only need to know the case study moved.
 */
export function useUpdateCaseStudy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateCaseStudyRequest) => updateCaseStudy(id, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(caseStudyKeys.detail(id), saved);
      await queryClient.invalidateQueries({ queryKey: caseStudyKeys.lists() });
    },
  });
}

export function useSubmitCaseStudy(id: string) {
  return useCaseStudyChange((version: number) => submitCaseStudy(id, { version }));
}

export function useArchiveCaseStudy(id: string) {
  return useCaseStudyChange(() => archiveCaseStudy(id));
}

export function useFeatureCaseStudy(id: string) {
  return useCaseStudyChange((featured: boolean) => featureCaseStudy(id, { featured }));
}

/** Once deleted, nothing of it is asked for again: its page's queries go, the lists ask again. */
export function useDeleteCaseStudy(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteCaseStudy(id),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: caseStudyKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: caseStudyKeys.lists() });
    },
  });
}
