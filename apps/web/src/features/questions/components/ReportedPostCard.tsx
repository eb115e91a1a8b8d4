import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { QuestionErrorCode, type ReportedPost } from '@twinning/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Markdown } from '../../../common/components/Markdown';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { useDismissPostReports, useSetPostHidden } from '../hooks/useQuestionMutations';
import { postAuthorName } from '../utils/post-author';
import { caseStudyQuestionsPath } from '../utils/question-links';

interface ReportedPostCardProps {
  item: ReportedPost;
  /** What was done, for the page to announce once the post has left the list. */
  onDone: (message: string) => void;
}

/** A reported question or answer: where it is, what it says, why it was reported; hide it, or dismiss the reports. */
export function ReportedPostCard({ item, onDone }: ReportedPostCardProps) {
  const { t } = useTranslation();
  const { formatDate, formatDateTime } = useFormatters();
  const headingId = useId();
  const hide = useSetPostHidden(item.post.id);
  const dismiss = useDismissPostReports(item.post.id);
  const failed = hide.error ?? dismiss.error;
  // Another moderator got there first: the list is asked again and the post leaves it.
  const settledElsewhere = dismiss.error instanceof ApiError && dismiss.error.code === QuestionErrorCode.NoOpenReports;
  const author = postAuthorName(item.post, item.kind, t);
  const title = item.caseStudy.title.trim() || t('caseStudy.untitled');

  return (
    <Paper component="li" withBorder p="md">
      <Stack component="article" gap="sm" aria-labelledby={headingId}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={caseStudyQuestionsPath(item.caseStudy.id)} inherit>
              {title}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`reportedPosts.kind.${item.kind}`)}</Badge>
            {item.post.hidden && (
              <Badge color="gray" variant="filled">
                {t('questions.hidden')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('reportedPosts.writtenBy', { name: author })}{' '}
          <time dateTime={item.post.createdAt} title={formatDateTime(item.post.createdAt)}>
            {formatDate(item.post.createdAt)}
          </time>
        </Text>
        <Paper bg="gray.0" p="sm" radius="sm">
          <Markdown source={item.post.body} />
        </Paper>
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('reportedPosts.reports', { count: item.reports.length })}
          </Text>
          <List size="sm" spacing={4}>
            {item.reports.map((report) => (
              <List.Item key={report.id}>
                <Text size="sm" component="span" style={{ whiteSpace: 'pre-wrap' }}>
                  {report.reason}
                </Text>{' '}
                <Text size="sm" c="dimmed" component="span">
                  {t('reportedPosts.reportedBy', {
                    name: report.reporter?.displayName ?? t('questions.formerMember'),
                    date: formatDate(report.createdAt),
                  })}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
        {failed && !settledElsewhere && (
          <Alert color="red" variant="light" role="alert">
            {describeError(failed, t)}
          </Alert>
        )}
        <Group gap="sm">
          {!item.post.hidden && (
            <Button
              color="red"
              loading={hide.isPending}
              disabled={dismiss.isPending}
              onClick={() => hide.mutate(true, { onSuccess: () => onDone(t('reportedPosts.hiddenNotice', { title })) })}
            >
              {t('questions.hide')}
            </Button>
          )}
          <Button
            variant="default"
            loading={dismiss.isPending}
            disabled={hide.isPending}
            onClick={() =>
              dismiss.mutate(undefined, {
                onSuccess: () => onDone(t('reportedPosts.dismissedNotice', { title })),
                onError: (error) => {
                  if (error instanceof ApiError && error.code === QuestionErrorCode.NoOpenReports) {
                    onDone(t('reportedPosts.alreadySettled'));
                  }
                },
              })
            }
          >
            {t('reportedPosts.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
