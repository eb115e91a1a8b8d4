import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { useFormatters } from '../../../i18n';
import { QueueTable } from '../components/QueueTable';
import { useModerationQueue } from '../hooks/useModerationQueue';

/** What the review page tells the queue after a decision (or after finding one made already). */
export interface ModerationQueueState {
  notice?: string;
  /** Another moderator decided first: said as a warning, not a success. */
  warning?: boolean;
}

export function ModerationQueuePage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('moderation.title'));
  const location = useLocation();
  const [arrival] = useState(() => (location.state ?? {}) as ModerationQueueState);
  const [notice, setNotice] = useState<string | null>(arrival.notice ?? null);
  const { filters, updateFilters } = useUrlFilters(parsePageOnly, pageOnlyToParams);
  const queue = useModerationQueue({ page: filters.page, per_page: PAGINATION_DEFAULT_PER_PAGE });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('moderation.title')}</Title>
          <Text c="dimmed">{t('moderation.intro')}</Text>
        </div>
        <Anchor component={Link} to="/moderation/reports">
          {t('moderation.reportedPostsLink')}
        </Anchor>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} color={arrival.warning ? 'yellow' : undefined} />
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {queue.data && !queue.isError
          ? t('moderation.total', { count: queue.data.total, formattedCount: formatNumber(queue.data.total) })
          : ''}
      </Text>
      {queue.isPending ? (
        <TableSkeleton label={t('moderation.loading')} />
      ) : queue.isError ? (
        <ErrorState title={t('moderation.loadError')} error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('moderation.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="md" aria-busy={queue.isPlaceholderData}>
          <QueueTable
            items={queue.data.items}
            caption={t('moderation.table.caption', { page: queue.data.page, pages: pageCountOf(queue.data) })}
          />
          <ListPagination page={filters.page} pageCount={pageCountOf(queue.data)} onChange={(page) => updateFilters({ page })} />
        </Stack>
      )}
    </Stack>
  );
}
