import { Alert, Badge, Box, Button, Group, Stack, Text } from '@mantine/core';
import { type Account, type DiscussionPost } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../common/components/Markdown';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { canModerate, canReport } from '../../auth/utils/permissions';
import { ReportControl } from '../../reports/components/ReportControl';
import { useSetPostHidden } from '../hooks/useQuestionMutations';
import { postAuthorName, type PostKind } from '../utils/post-author';

interface DiscussionPostViewProps {
  post: DiscussionPost;
  kind: PostKind;
  account: Account | null;
  /** More buttons beside the post's own (the question's "Answer"). */
  actions?: ReactNode;
  /** Under the post: the answer form of a question. */
  children?: ReactNode;
}

/**
 * A question or an answer: who wrote it and when, the text (Markdown, sanitised), and what the
 * viewer may do with it: report it, or, for moderators, hide it or show it again. Moderators also
 * see hidden posts, dimmed and marked.
 */
export function DiscussionPostView({ post, kind, account, actions, children }: DiscussionPostViewProps) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const author = postAuthorName(post, kind, t);
  const mayReport = !post.hidden && canReport(account, { authorId: post.author?.id });
  const mayModerate = account !== null && canModerate(account);

  return (
    <Box component="article" aria-label={t(kind === 'question' ? 'questions.questionBy' : 'questions.answerBy', { name: author })}>
      <Stack gap={4} style={post.hidden ? { opacity: 0.55 } : undefined}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {author}
          </Text>
          <Text size="sm" c="dimmed" component="span">
            <time dateTime={post.createdAt} title={formatDateTime(post.createdAt)}>
              {formatDate(post.createdAt)}
            </time>
          </Text>
          {post.hidden && (
            <Badge color="gray" variant="filled" size="sm">
              {t('questions.hidden')}
            </Badge>
          )}
        </Group>
        <Markdown source={post.body} />
      </Stack>
      {(actions || mayReport || mayModerate) && (
        <PostActions post={post} mayReport={mayReport} mayModerate={mayModerate}>
          {actions}
        </PostActions>
      )}
      {children}
    </Box>
  );
}

interface PostActionsProps {
  post: DiscussionPost;
  mayReport: boolean;
  mayModerate: boolean;
  children?: ReactNode;
}

function PostActions({ post, mayReport, mayModerate, children }: PostActionsProps) {
  const { t } = useTranslation();
  const setHidden = useSetPostHidden(post.id);

  return (
    <Stack gap="xs" mt="xs">
      <Group gap="xs">
        {children}
        {mayModerate && (
          <Button
            size="compact-sm"
            variant="light"
            color={post.hidden ? 'blue' : 'red'}
            loading={setHidden.isPending}
            onClick={() => setHidden.mutate(!post.hidden)}
          >
            {post.hidden ? t('questions.showAgain') : t('questions.hide')}
          </Button>
        )}
      </Group>
      {setHidden.isError && (
        <Alert color="red" variant="light" role="alert">
          {describeError(setHidden.error, t)}
        </Alert>
      )}
      {mayReport && <ReportControl targetKind="post" targetId={post.id} />}
    </Stack>
  );
}
