import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { PageSkeleton } from '../../../common/components/PageSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { CapacityCharts } from '../components/CapacityCharts';
import { FundingStatistics } from '../components/FundingStatistics';
import { KeyFigures } from '../components/KeyFigures';
import { StatisticsCharts } from '../components/StatisticsCharts';
import { useStatistics } from '../hooks/useStatistics';
import { adaptationsStarted } from '../utils/statistics-series';

/** Public counts of what the towns have published and how their practices travel. */
export function StatisticsPage() {
  const { t } = useTranslation();
  usePageTitle(t('statistics.title'));
  const statistics = useStatistics();

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('statistics.title')}</Title>
        <Text c="dimmed">{t('statistics.intro')}</Text>
        <Anchor component={Link} to="/failures">
          {t('statistics.failuresLink')}
        </Anchor>
      </div>
      {statistics.isPending ? (
        <PageSkeleton label={t('statistics.loading')} />
      ) : statistics.isError ? (
        <ErrorState title={t('statistics.loadError')} error={statistics.error} onRetry={() => void statistics.refetch()} />
      ) : statistics.data.publishedCaseStudies === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('statistics.empty')}</Text>
        </Paper>
      ) : (
        <>
          <KeyFigures
            figures={[
              { key: 'published', label: t('statistics.figures.publishedCaseStudies'), value: statistics.data.publishedCaseStudies },
              { key: 'countries', label: t('statistics.figures.countries'), value: statistics.data.byCountry.length },
              {
                key: 'adaptations',
                label: t('statistics.figures.adaptationsStarted'),
                value: adaptationsStarted(statistics.data.adaptationsOverTime),
              },
            ]}
          />
          <StatisticsCharts report={statistics.data} />
          <CapacityCharts />
          <FundingStatistics funding={statistics.data.funding} />
        </>
      )}
    </Stack>
  );
}
