import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DecisionRequest } from '@twinning/contracts';
import { caseStudyKeys } from '../../case-studies/api/case-studies.api';
import { decideRevision, moderationKeys } from '../api/moderation.api';

/**
 * A decision changes the queue and the case study (status, latest decision, revisions). It is
 * refetched after a refusal too: a 409 means another moderator decided, which the page should show.
 */
export function useDecideRevision(revisionId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: moderationKeys.all }),
      queryClient.invalidateQueries({ queryKey: caseStudyKeys.all }),
    ]);
  return useMutation({
    mutationFn: (request: DecisionRequest) => decideRevision(revisionId, request),
    onSettled: refresh,
  });
}
