import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reportKeys } from '../../reports/api/reports.api';
import { answerQuestion, askQuestion, questionKeys, setPostVisibility } from '../api/questions.api';

/**
 * Every change to a question or an answer asks again for all that shows them: the case study's
 * questions. It is done after a refusal too, since a
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

/** Moderators: hide a question or an answer (closing its open reports, so the reports' queue is asked again too), or show it again. */
export function useSetPostHidden(postId: string) {
  const refresh = useQuestionsRefresh();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hidden: boolean) => setPostVisibility(postId, { hidden }),
    onSettled: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: reportKeys.all })]),
  });
}
