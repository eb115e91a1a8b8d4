import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { PagedList } from '../../../common/components/PagedList';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { TranslationQueue } from '../../translations/components/TranslationQueue';
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
        <Group gap="md">
          <Anchor component={Link} to="/moderation/partner-pairs">
            {t('moderation.partnerPairsLink')}
          </Anchor>
          <Anchor component={Link} to="/moderation/reports">
            {t('moderation.reportedPostsLink')}
          </Anchor>
          <Anchor component={Link} to="/moderation/collections">
            {t('moderation.collectionsLink')}
          </Anchor>
        </Group>
      </Group>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} color={arrival.warning ? 'yellow' : undefined} />
      <PagedList
        query={queue}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('moderation.total', counts)}
        loadingLabel={t('moderation.loading')}
        errorTitle={t('moderation.loadError')}
        empty={t('moderation.empty')}
      >
        {(items, position) => <QueueTable items={items} caption={t('moderation.table.caption', position)} />}
      </PagedList>
      <TranslationQueue />
    </Stack>
  );
}
