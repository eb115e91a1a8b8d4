import { Alert, Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { QUESTION_LIMITS, type Account, type CaseStudyDetail } from '@twinning/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { canAnswerQuestions, canAskQuestions } from '../../auth/utils/permissions';
import { signInPathFor } from '../../auth/utils/next-path';
import { useAskQuestion } from '../hooks/useQuestionMutations';
import { useQuestions } from '../hooks/useQuestions';
import { caseStudyQuestionsPath, QUESTIONS_SECTION_ID } from '../utils/question-links';
import { PostForm } from './PostForm';
import { QuestionThread } from './QuestionThread';

interface QuestionsSectionProps {
  /** A published case study. */
  caseStudy: CaseStudyDetail;
  account: Account | null;
}

/**
 * "Questions and answers" under a published case study: peers ask, the town's staff answer,
 * anyone signed in reports, moderators hide. Visitors read, and are offered to sign in to ask.
 */
export function QuestionsSection({ caseStudy, account }: QuestionsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const location = useLocation();
  const sectionRef = useRef<HTMLElement>(null);
  const questions = useQuestions(caseStudy.id);
  const ask = useAskQuestion(caseStudy.id);
  const [notice, setNotice] = useState<string | null>(null);
  const mayAnswer = canAnswerQuestions(account, caseStudy.municipality?.id);
  const loaded = !questions.isPending;

  // The router does not scroll to a fragment; the section is in place once its questions are.
  useEffect(() => {
    if (loaded && location.hash === `#${QUESTIONS_SECTION_ID}`) sectionRef.current?.scrollIntoView({ block: 'start' });
  }, [loaded, location.hash, location.key]);

  return (
    <Box component="section" id={QUESTIONS_SECTION_ID} ref={sectionRef} aria-labelledby={headingId} style={{ scrollMarginTop: 16 }}>
      <Title order={2} id={headingId}>
        {t('questions.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('questions.intro')}
      </Text>
      <Stack gap="md">
        <SuccessNotice message={notice} onClose={() => setNotice(null)} />
        {account && !canAskQuestions(account) ? (
          <UnverifiedNotice account={account} />
        ) : account ? (
          <Box maw={760}>
            <PostForm
              label={t('questions.yourQuestion')}
              submitLabel={t('questions.ask')}
              field="body"
              maxLength={QUESTION_LIMITS.bodyMaxLength}
              description={t('questions.markdownHint')}
              pending={ask.isPending}
              error={ask.error}
              onSubmit={(body, clear) =>
                ask.mutate(body, {
                  onSuccess: () => {
                    clear();
                    setNotice(t('questions.asked'));
                  },
                })
              }
            />
          </Box>
        ) : (
          <Text>
            <Anchor component={Link} to={signInPathFor(caseStudyQuestionsPath(caseStudy.id))}>
              {t('questions.signInToAsk')}
            </Anchor>
          </Text>
        )}
        {questions.isPending ? (
          <SectionSkeleton label={t('questions.loading')} />
        ) : questions.isError ? (
          <ErrorState title={t('questions.loadError')} error={questions.error} onRetry={() => void questions.refetch()} />
        ) : questions.data.length === 0 ? (
          <Paper withBorder p="md">
            <Text c="dimmed">{t('questions.empty')}</Text>
          </Paper>
        ) : (
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('questions.listLabel')}>
            {questions.data.map((question) => (
              <QuestionThread key={question.id} question={question} account={account} mayAnswer={mayAnswer} />
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}

/** Instead of the question form: why an account still waiting for verification cannot ask or report yet. */
function UnverifiedNotice({ account }: { account: Account }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('accountSecurity.unverified.title')} maw={760}>
      <Text size="sm">{account.status === 'unconfirmed' ? t('accountSecurity.unverified.unconfirmed') : t('accountSecurity.unverified.pending')}</Text>
      <Anchor component={Link} to="/account" size="sm">
        {t('accountSecurity.unverified.accountLink')}
      </Anchor>
    </Alert>
  );
}
