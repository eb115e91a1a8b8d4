import { CASE_STUDY_LIMITS, type DecisionRequest, type ModerationDecisionKind, type TemplateSection } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type FieldErrors } from '../../../common/utils/field-errors';


export const DECISION_FIELDS = ['decision', 'comment'] as const;
export type DecisionField = (typeof DECISION_FIELDS)[number];

export interface DecisionFormValues {
  decision: ModerationDecisionKind | null;
  comment: string;
  sectionComments: Partial<Record<TemplateSection, string>>;
}

export function emptyDecisionForm(): DecisionFormValues {
  return { decision: null, comment: '', sectionComments: {} };
}

/** The API's rules: a decision; and to request changes or reject, a comment overall or on a section. */
export function validateDecisionForm(values: DecisionFormValues, t: TFunction): FieldErrors<DecisionField> {
  const hasSectionComment = Object.values(values.sectionComments).some((comment) => comment?.trim());
  const tooLong = [values.comment, ...Object.values(values.sectionComments)].some(
    (comment) => (comment ?? '').trim().length > CASE_STUDY_LIMITS.decisionCommentMaxLength,
  );
  return {
    decision: values.decision ? undefined : t('decisionForm.chooseDecision'),
    comment: tooLong
      ? t('forms.tooLong', { max: CASE_STUDY_LIMITS.decisionCommentMaxLength })
      : values.decision && values.decision !== 'approve' && !values.comment.trim() && !hasSectionComment
        ? t('decisionForm.commentNeeded')
        : undefined,
  };
}

/** The body of the POST, from values that passed `validateDecisionForm`; empty section comments are left out. */
export function toDecisionRequest(values: DecisionFormValues): DecisionRequest {
  const sectionComments: Partial<Record<TemplateSection, string>> = {};
  for (const [section, comment] of Object.entries(values.sectionComments) as [TemplateSection, string | undefined][]) {
    if (comment?.trim()) sectionComments[section] = comment.trim();
  }
  return { decision: values.decision ?? 'approve', comment: values.comment.trim(), sectionComments };
}
