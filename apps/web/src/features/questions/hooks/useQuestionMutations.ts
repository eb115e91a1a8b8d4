import { useMutation, useQueryClient } from '@tanstack/react-query';
import { answerQuestion, askQuestion, dismissPostReports, questionKeys, reportPost, setPostVisibility } from '../api/questions.api';

/**
 * Every change to a question or an answer asks again for all that shows them: the case study's
 * questions and the moderators' list of reported posts. It is done after a refusal too, since a
 * 404 or 409 usually means someone else changed the post meanwhile.
 */
function useQuestionsRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: questionKeys.all });
}

export function useAskQuestion(caseStudyId: string) {
  const refresh = useQuestionsRefresh();
  return useMutation({ mutationFn: (body: string) => askQuestion(caseStudyId, { body }), onSettled: refresh });
}

export function useAnswerQuestion(questionId: string) {
  const refresh = useQuestionsRefresh();
  return useMutation({ mutationFn: (body: string) => answerQuestion(questionId, { body }), onSettled: refresh });
}

/** Moderators: hide a question or an answer (closing its open reports), or show it again. */
export function useSetPostHidden(postId: string) {
  const refresh = useQuestionsRefresh();
  return useMutation({ mutationFn: (hidden: boolean) => setPostVisibility(postId, { hidden }), onSettled: refresh });
}

/** A report changes nothing anyone sees on the case study; only the moderators' list. */
export function useReportPost(postId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => reportPost(postId, { reason }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionKeys.reportedAll() }),
  });
}

export function useDismissPostReports(postId: string) {
  const refresh = useQuestionsRefresh();
  return useMutation({ mutationFn: () => dismissPostReports(postId), onSettled: refresh });
}
