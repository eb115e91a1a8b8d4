import { Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../common/components/PagedList';
import { SuccessNotice } from '../../../common/components/SuccessNotice';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { ReportedContentCard } from '../components/ReportedContentCard';
import { useReportedContent } from '../hooks/useReports';
import { BackLink } from '../../../common/components/BackLink';

/** `/moderation/reports`: everything with open reports (case studies, adaptations, check-ins, questions, answers), the longest waiting first; inside the moderators' routes. */
export function ReportsQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('reportedPosts.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const { filters, updateFilters } = useUrlFilters(parsePageOnly, pageOnlyToParams);
  const reported = useReportedContent({ page: filters.page, per_page: PAGINATION_DEFAULT_PER_PAGE });

  return (
    <Stack gap="lg">
      <BackLink to="/moderation" label={t('reportedPosts.backToQueue')} />
      <div>
        <Title order={1}>{t('reportedPosts.title')}</Title>
        <Text c="dimmed">{t('reportedPosts.intro')}</Text>
      </div>
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <PagedList
        query={reported}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('reportedPosts.total', counts)}
        loadingLabel={t('reportedPosts.loading')}
        errorTitle={t('reportedPosts.loadError')}
        empty={t('reportedPosts.empty')}
      >
        {(items) => (
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <ReportedContentCard key={`${item.targetKind}:${item.targetId}`} item={item} onDone={setNotice} />
            ))}
          </Stack>
        )}
      </PagedList>
    </Stack>
  );
}
