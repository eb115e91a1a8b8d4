import { Stack, Text, Title } from '@mantine/core';
import { PAGINATION_DEFAULT_PER_PAGE } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../common/components/PagedList';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { pageOnlyToParams, parsePageOnly } from '../../../common/utils/url-filters';
import { CaseStudyCardList } from '../components/CaseStudyCardList';
import { useCaseStudies } from '../hooks/useCaseStudies';

/** The published case studies, newest first; searching them with facets is the search page. */
export function CaseStudiesPage() {
  const { t } = useTranslation();
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
      <PagedList
        query={caseStudies}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('caseStudies.total', counts)}
        loadingLabel={t('caseStudies.loading')}
        errorTitle={t('caseStudies.loadError')}
        empty={t('caseStudies.empty')}
      >
        {(items) => <CaseStudyCardList caseStudies={items} />}
      </PagedList>
    </Stack>
  );
}
