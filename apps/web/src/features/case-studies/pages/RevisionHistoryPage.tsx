import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { StatusMessage } from '../../../common/components/StatusMessage';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { isUuid } from '../../../common/utils/uuid';
import { ApiError } from '../../../lib/api-client';
import { useFormatters } from '../../../i18n';
import { DecisionDetails } from '../components/DecisionDetails';
import { useCaseStudy } from '../hooks/useCaseStudy';
import { useRevisions } from '../hooks/useRevisions';
import { BackLink } from '../../../common/components/BackLink';

/** Every submission of a case study, newest first, with the moderator's decision on each. */
export function RevisionHistoryPage() {
  const { t } = useTranslation();
  const { formatDateTime } = useFormatters();
  const { id = '' } = useParams();
  const caseStudy = useCaseStudy(id);
  const revisions = useRevisions(id);
  const title =
    caseStudy.data?.published?.content.title.trim() || caseStudy.data?.draft?.content.title.trim() || t('caseStudy.untitled');
  usePageTitle(t('revisions.pageTitle', { title }));

  if (!isUuid(id) || (revisions.error instanceof ApiError && revisions.error.status === 404)) {
    return (
      <StatusMessage
        title={t('caseStudyPage.notFoundTitle')}
        message={t('caseStudyPage.notFoundMessage')}
        linkTo="/case-studies"
        linkLabel={t('caseStudyPage.backToList')}
      />
    );
  }

  return (
    <Stack gap="lg">
      <div>
        <BackLink to={`/case-studies/${id}`} label={t('revisions.backTo', { title })} />
        <Title order={1} mt="xs">
          {t('revisions.title')}
        </Title>
        <Text c="dimmed">{t('revisions.intro')}</Text>
      </div>
      {revisions.isPending ? (
        <TableSkeleton label={t('revisions.loading')} />
      ) : revisions.isError ? (
        <ErrorState title={t('revisions.loadError')} error={revisions.error} onRetry={() => void revisions.refetch()} />
      ) : revisions.data.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('revisions.empty')}</Text>
        </Paper>
      ) : (
        <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
          {revisions.data.map((revision) => (
            <Paper component="li" withBorder p="md" key={revision.id}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap">
                  <Title order={2} size="h4">
                    {t('revisions.revision', { number: revision.number })}
                  </Title>
                  <Anchor component={Link} to={`/case-studies/${id}/revisions/${revision.id}`}>
                    {t('revisions.show', { number: revision.number })}
                  </Anchor>
                </Group>
                <Text size="sm" c="dimmed">
                  {t('revisions.submitted', {
                    date: formatDateTime(revision.submittedAt),
                    name: revision.submittedBy?.displayName ?? t('revisions.formerStaff'),
                  })}
                </Text>
                {revision.decision ? (
                  <DecisionDetails decision={revision.decision} />
                ) : (
                  <Text size="sm">{t('revisions.waiting')}</Text>
                )}
              </Stack>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
