import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { REPORT_LIMITS, ReportErrorCode, type ReportedContent } from '@twinning/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../common/utils/describe-error';
import { useFormatters } from '../../../i18n';
import { ApiError } from '../../../lib/api-client';
import { useSetPostHidden } from '../../questions/hooks/useQuestionMutations';
import { caseStudyQuestionsPath } from '../../questions/utils/question-links';
import { useResolveReports } from '../hooks/useReports';

interface ReportedContentCardProps {
  item: ReportedContent;
  /** What was done, for the page to announce once the item has left the list. */
  onDone: (message: string) => void;
}

/** Where a moderator reads the reported thing in full. */
function targetPath(item: ReportedContent): string {
  if (item.adaptationId) return `/adaptations/${item.adaptationId}`;
  if (item.targetKind === 'post') return caseStudyQuestionsPath(item.caseStudy.id);
  return `/case-studies/${item.caseStudy.id}`;
}

/**
 * One reported thing: what it is, where, the start of its text, and why it was reported. The
 * moderator resolves the reports (having acted on it: archived, edited, asked the town) or
 * dismisses them; a question or an answer can also be hidden from here, which closes them too.
 */
export function ReportedContentCard({ item, onDone }: ReportedContentCardProps) {
  const { t } = useTranslation();
  const { formatDate } = useFormatters();
  const headingId = useId();
  const [comment, setComment] = useState('');
  const hide = useSetPostHidden(item.targetId);
  const resolve = useResolveReports(item.targetKind, item.targetId);
  const failed = hide.error ?? resolve.error;
  // Another moderator got there first: the list is asked again and the item leaves it.
  const settledElsewhere = resolve.error instanceof ApiError && resolve.error.code === ReportErrorCode.NoOpenReports;
  const title = item.caseStudy.title.trim() || t('caseStudy.untitled');
  const busy = hide.isPending || resolve.isPending;

  const close = (decision: 'resolved' | 'dismissed') =>
    resolve.mutate(
      { decision, comment },
      {
        onSuccess: () => onDone(t(decision === 'resolved' ? 'reportedPosts.resolvedNotice' : 'reportedPosts.dismissedNotice', { title })),
        onError: (error) => {
          if (error instanceof ApiError && error.code === ReportErrorCode.NoOpenReports) onDone(t('reportedPosts.alreadySettled'));
        },
      },
    );

  return (
    <Paper component="li" withBorder p="md">
      <Stack component="article" gap="sm" aria-labelledby={headingId}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Title order={2} size="h4" id={headingId}>
            <Anchor component={Link} to={targetPath(item)} inherit>
              {title}
            </Anchor>
          </Title>
          <Group gap="xs">
            <Badge variant="light">{t(`reportedPosts.kind.${item.targetKind}`)}</Badge>
            {item.hidden && (
              <Badge color="gray" variant="filled">
                {t('questions.hidden')}
              </Badge>
            )}
          </Group>
        </Group>
        <Paper bg="gray.0" p="sm" radius="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {item.excerpt}
          </Text>
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
                  {t('reportedPosts.reportedBy', { name: report.reporter?.displayName ?? t('questions.formerMember'), date: formatDate(report.createdAt) })}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
        <Textarea
          label={t('reportedPosts.comment')}
          description={t('reportedPosts.commentHint')}
          value={comment}
          maxLength={REPORT_LIMITS.commentMaxLength}
          autosize
          minRows={1}
          onChange={(event) => setComment(event.currentTarget.value)}
        />
        {failed && !settledElsewhere && (
          <Alert color="red" variant="light" role="alert">
            {describeError(failed, t)}
          </Alert>
        )}
        <Group gap="sm">
          {item.targetKind === 'post' && !item.hidden && (
            <Button color="red" loading={hide.isPending} disabled={busy} onClick={() => hide.mutate(true, { onSuccess: () => onDone(t('reportedPosts.hiddenNotice', { title })) })}>
              {t('questions.hide')}
            </Button>
          )}
          <Button loading={resolve.isPending && resolve.variables?.decision === 'resolved'} disabled={busy} onClick={() => close('resolved')}>
            {t('reportedPosts.resolve')}
          </Button>
          <Button variant="default" loading={resolve.isPending && resolve.variables?.decision === 'dismissed'} disabled={busy} onClick={() => close('dismissed')}>
            {t('reportedPosts.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
