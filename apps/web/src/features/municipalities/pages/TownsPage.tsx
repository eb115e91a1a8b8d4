import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PagedList } from '../../../common/components/PagedList';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { NoTownsFound } from '../components/NoTownsFound';
import { TownSearchForm } from '../components/TownSearchForm';
import { TownTable } from '../components/TownTable';
import { useMunicipalities } from '../hooks/useMunicipalities';
import { useTownFilters } from '../hooks/useTownFilters';
import { toMunicipalityListQuery } from '../utils/town-filters';

export function TownsPage() {
  const { t } = useTranslation();
  usePageTitle(t('towns.title'));

  const { filters, hasFilters, updateFilters, clearFilters } = useTownFilters();
  const towns = useMunicipalities(toMunicipalityListQuery(filters));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('towns.title')}</Title>
        <Text c="dimmed">{t('towns.intro')}</Text>
      </div>

      <TownSearchForm filters={filters} hasFilters={hasFilters} onChange={updateFilters} onClear={clearFilters} />

      <PagedList
        query={towns}
        page={filters.page}
        onPageChange={updateFilters}
        totalLabel={(counts) => t('towns.total', counts)}
        loadingLabel={t('towns.loading')}
        errorTitle={t('towns.loadError')}
        empty={<NoTownsFound query={filters.q.trim()} onClear={clearFilters} />}
      >
        {(items, position) => <TownTable towns={items} caption={t('towns.table.caption', position)} />}
      </PagedList>
    </Stack>
  );
}
