import { Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { ListPagination, pageCountOf } from '../../../common/components/ListPagination';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useFormatters } from '../../../i18n';
import { NoTownsFound } from '../components/NoTownsFound';
import { TownSearchForm } from '../components/TownSearchForm';
import { TownTable } from '../components/TownTable';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { useMunicipalities } from '../hooks/useMunicipalities';
import { useTownFilters } from '../hooks/useTownFilters';
import { toMunicipalityListQuery } from '../utils/town-filters';

export function TownsPage() {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  usePageTitle(t('towns.title'));

  const { filters, hasFilters, updateFilters, clearFilters } = useTownFilters();
  const towns = useMunicipalities(toMunicipalityListQuery(filters));
  const result = towns.data;
  const pageCount = result ? pageCountOf(result) : 1;
  const pastLastPage = Boolean(result && !towns.isPlaceholderData && result.total > 0 && filters.page > pageCount);

  // An old link can point past the end once towns are removed; show the last page rather than "nothing found".
  useEffect(() => {
    if (pastLastPage) updateFilters({ page: pageCount }, { replace: true });
  }, [pastLastPage, pageCount, updateFilters]);

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('towns.title')}</Title>
        <Text c="dimmed">{t('towns.intro')}</Text>
      </div>

      <TownSearchForm filters={filters} hasFilters={hasFilters} onChange={updateFilters} onClear={clearFilters} />

      {/* Announced politely, so screen reader users hear how many towns a search found. */}
      <Text fw={500} aria-live="polite" aria-atomic="true">
        {result && !towns.isError
          ? t('towns.total', { count: result.total, formattedCount: formatNumber(result.total) })
          : ''}
      </Text>

      {towns.isPending ? (
        <TableSkeleton label={t('towns.loading')} />
      ) : towns.isError ? (
        <ErrorState title={t('towns.loadError')} error={towns.error} onRetry={() => void towns.refetch()} />
      ) : towns.data.items.length === 0 ? (
        <NoTownsFound query={filters.q.trim()} onClear={clearFilters} />
      ) : (
        <Stack gap="md" aria-busy={towns.isPlaceholderData} style={{ opacity: towns.isPlaceholderData ? 0.6 : 1 }}>
          <TownTable
            towns={towns.data.items}
            caption={t('towns.table.caption', { page: towns.data.page, pages: pageCount })}
          />
          <ListPagination page={filters.page} pageCount={pageCount} onChange={(page) => updateFilters({ page })} />
        </Stack>
      )}
    </Stack>
  );
}
