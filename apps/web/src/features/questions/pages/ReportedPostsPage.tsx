import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { useFormatters } from '../../../i18n';
import { ReportedPostCard } from '../components/ReportedPostCard';
import { useReportedPosts } from '../hooks/useQuestions';

/** `/moderation/reports`: questions and answers with open reports, the longest waiting first; inside the moderators' routes. */
export function ReportedPostsPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('reportedPosts.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const { filters, updateFilters } = useUrlFilters(parsePageOnly, pageOnlyToParams);
  const reported = useReportedPosts({ page: filters.page, per_page: PAGINATION_DEFAULT_PER_PAGE });

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/moderation" size="sm">
        <span aria-hidden="true">← </span>
        {t('reportedPosts.backToQueue')}
      </Anchor>
      <div>
        <Title order={1}>{t('reportedPosts.title')}</Title>
        <Text c="dimmed">{t('reportedPosts.intro')}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {reported.data && !reported.isError
          ? t('reportedPosts.total', { count: reported.data.total, formattedCount: formatNumber(reported.data.total) })
          : ''}
      </Text>
      {reported.isPending ? (
        <TableSkeleton label={t('reportedPosts.loading')} />
      ) : reported.isError ? (
        <ErrorState title={t('reportedPosts.loadError')} error={reported.error} onRetry={() => void reported.refetch()} />
      ) : reported.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('reportedPosts.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="md" aria-busy={reported.isPlaceholderData}>
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {reported.data.items.map((item) => (
              <ReportedPostCard key={item.post.id} item={item} onDone={setNotice} />
            ))}
          </Stack>
          <ListPagination page={filters.page} pageCount={pageCountOf(reported.data)} onChange={(page) => updateFilters({ page })} />
        </Stack>
      )}
    </Stack>
  );
}
