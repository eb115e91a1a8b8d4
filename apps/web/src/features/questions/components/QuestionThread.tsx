import { Box, Button, Paper, Stack } from '@mantine/core';
import { QUESTION_LIMITS, type Account, type Question } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerQuestion } from '../hooks/useQuestionMutations';
import { DiscussionPostView } from './DiscussionPostView';
import { PostForm } from './PostForm';

interface QuestionThreadProps {
  question: Question;
  account: Account | null;
  /** The viewer is staff of the case study's town. */
  mayAnswer: boolean;
}

/** A question, its answers oldest first, and for the town's staff a way to answer it. */
export function QuestionThread({ question, account, mayAnswer }: QuestionThreadProps) {
  const { t } = useTranslation();
  const answer = useAnswerQuestion(question.id);
  const [answering, setAnswering] = useState(false);
  const closeForm = () => {
    setAnswering(false);
    answer.reset();
  };

  return (
    <Paper component="li" withBorder p="md">
      <DiscussionPostView
        post={question}
        kind="question"
        account={account}
        actions={
          mayAnswer &&
          !question.hidden && (
            <Button
              size="compact-sm"
              variant="light"
              aria-expanded={answering}
              onClick={() => (answering ? closeForm() : setAnswering(true))}
            >
              {t('questions.answer')}
            </Button>
          )
        }
      >
        {answering && (
          <Box mt="sm" maw={760}>
            <PostForm
              label={t('questions.yourAnswer')}
              submitLabel={t('questions.postAnswer')}
              field="body"
              maxLength={QUESTION_LIMITS.bodyMaxLength}
              description={t('questions.markdownHint')}
              pending={answer.isPending}
              error={answer.error}
              autoFocus
              onCancel={closeForm}
              onSubmit={(body) => answer.mutate(body, { onSuccess: closeForm })}
            />
          </Box>
        )}
      </DiscussionPostView>
      {question.answers.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          mt="md"
          mb={0}
          ml={0}
          pl="md"
          aria-label={t('questions.answersLabel')}
          style={{ listStyle: 'none', borderInlineStart: '3px solid var(--mantine-color-blue-2)' }}
        >
          {question.answers.map((item) => (
            <li key={item.id}>
              <DiscussionPostView post={item} kind="answer" account={account} />
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
