import { Anchor, Stack, Text, Title } from '@mantine/core';
import { ApiRoutes } from '@twinning/contracts';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../common/components/ErrorState';
import { TableSkeleton } from '../../../common/components/TableSkeleton';
import { usePageTitle } from '../../../common/hooks/usePageTitle';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { buildUrl } from '../../../lib/api-client';
import { MapFilterForm } from '../components/MapFilterForm';
import { TownNetworkList } from '../components/TownNetworkList';
import { TwinningMap } from '../components/TwinningMap';
import { useMapData } from '../hooks/useMapData';
import { parseMapFilters, toMapQuery, toMapSearchParams } from '../utils/map-filters';
import { partnershipFeatures, townFeatures } from '../utils/features';

export function MapPage() {
  const { t } = useTranslation();
  usePageTitle(t('map.title'));
  const { filters, updateFilters } = useUrlFilters(parseMapFilters, toMapSearchParams);
  const query = toMapQuery(filters);
  const data = useMapData(query);
  const phone = useMediaQuery('(max-width: 36em)');
  const towns = townFeatures(data.data);
  const partnerships = partnershipFeatures(data.data);
  const matchedCount = towns.filter((town) => town.properties.matched).length;

  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('map.title')}</Title>
        <Text c="dimmed">{t('map.intro')}</Text>
      </div>
      <MapFilterForm filters={filters} onChange={updateFilters} />
      {data.isError ? (
        <ErrorState title={t('map.loadError')} error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <Text>
            <span role="status">{data.isPending ? '' : t('map.summary', { towns: matchedCount, twinnings: partnerships.length })}</span>{' '}
            <Anchor href="#town-network-list">{t('map.skipToList')}</Anchor>
          </Text>
          <TwinningMap towns={towns} partnerships={partnerships} cluster label={t('map.mapLabel')} height={phone ? 380 : 560} />
          <section aria-labelledby="town-network-list">
            <Title order={2} size="h3" id="town-network-list" mb="sm" tabIndex={-1}>
              {t('map.list.title')}
            </Title>
            {data.isPending ? <TableSkeleton label={t('map.loading')} /> : <TownNetworkList towns={towns} partnerships={partnerships} />}
          </section>
          <Text size="sm" c="dimmed">
            {t('map.openData')}{' '}
            <Anchor href={buildUrl(ApiRoutes.map, { ...query })} download="twinnings.geojson">
              {t('map.downloadGeoJson')}
            </Anchor>
          </Text>
        </>
      )}
    </Stack>
  );
}
