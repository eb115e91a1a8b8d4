import { Alert, Anchor, List } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, stepOf, type FieldProblem } from '../utils/content-fields';

interface SubmissionProblemsProps {
  problems: FieldProblem[];
  /** What the list is about; by default, what stops a submission. */
  title?: string;
  /** `alert` when it answers the author's action (a submission); `status` while it follows the typing. */
  role?: 'alert' | 'status';
  color?: string;
  /** Opens the field's step and puts the cursor in it. */
  onShow: (field: string) => void;
}

/** Fields with a problem (what stops a submission, what cannot be saved yet), each a link to its step. */
export const SubmissionProblems = forwardRef<HTMLDivElement, SubmissionProblemsProps>(function SubmissionProblems(
  { problems, onShow, title, role = 'alert', color = 'red' },
  ref,
) {
  const { t } = useTranslation();
  return (
    <Alert ref={ref} tabIndex={-1} color={color} variant="light" role={role} title={title ?? t('caseStudyForm.problemsTitle')}>
      <List size="sm" spacing={4}>
        {problems.map((problem) => (
          <List.Item key={problem.field}>
            <Anchor component="button" type="button" size="sm" onClick={() => onShow(problem.field)}>
              {t('caseStudyForm.problemLink', {
                section: t(`caseStudySections.${stepOf(problem.field)}`),
                field: fieldLabel(problem.field, t),
              })}
            </Anchor>
            {': '}
            {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
});
