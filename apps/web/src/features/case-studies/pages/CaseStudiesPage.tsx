import { Paper, Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { useFormatters } from '../../../i18n';
import { CaseStudyCardList } from '../components/CaseStudyCardList';
import { useCaseStudies } from '../hooks/useCaseStudies';

/** The published case studies, newest first; searching them with facets is the search page. */
export function CaseStudiesPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('caseStudies.title'));
  const { filters, updateFilters } = useUrlFilters(parsePageOnly, pageOnlyToParams);
  // Staff and moderators are offered more by the API; this list is what the public reads.
  const caseStudies = useCaseStudies({ status: 'published', page: filters.page, per_page: PAGINATION_DEFAULT_PER_PAGE });

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('caseStudies.title')}</Title>
        <Text c="dimmed">{t('caseStudies.intro')}</Text>
      </div>
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {caseStudies.data && !caseStudies.isError
          ? t('caseStudies.total', { count: caseStudies.data.total, formattedCount: formatNumber(caseStudies.data.total) })
          : ''}
      </Text>
      {caseStudies.isPending ? (
        <TableSkeleton label={t('caseStudies.loading')} />
      ) : caseStudies.isError ? (
        <ErrorState title={t('caseStudies.loadError')} error={caseStudies.error} onRetry={() => void caseStudies.refetch()} />
      ) : caseStudies.data.items.length === 0 ? (
        <Paper withBorder p="xl" role="status">
          <Text>{t('caseStudies.empty')}</Text>
        </Paper>
      ) : (
        <Stack gap="md" aria-busy={caseStudies.isPlaceholderData}>
          <CaseStudyCardList caseStudies={caseStudies.data.items} />
          <ListPagination
            page={filters.page}
            pageCount={pageCountOf(caseStudies.data)}
            onChange={(page) => updateFilters({ page })}
          />
        </Stack>
      )}
    </Stack>
  );
}
