import { type MapPartnershipFeature } from '@twinning/contracts';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useTileSource } from '../hooks/useTileSource';
import { type LeafletMapProps } from './LeafletMap';
import { MapSkeleton } from './MapSkeleton';

// Leaflet (about 45 KB compressed) comes with the first page that shows a map, never before.
const LeafletMap = lazy(() => import('./LeafletMap').then((module) => ({ default: module.LeafletMap })));

type TwinningMapProps = Pick<LeafletMapProps, 'towns' | 'partnerships' | 'cluster' | 'area' | 'label' | 'height'>;

/** A map of towns and their twinnings, with the server's tiles; a town's marker opens its page. */
export function TwinningMap(props: TwinningMapProps) {
  const { t } = useTranslation();
  const tiles = useTileSource();
  const navigate = useNavigate();
  const onOpenTown = useCallback((townId: string) => void navigate(`/towns/${townId}`), [navigate]);
  const describePartnership = useCallback(
    ({ properties }: MapPartnershipFeature) =>
      t('map.partnershipTooltip', { first: properties.names[0], second: properties.names[1], year: properties.sinceYear }) +
      (properties.status === 'ended' ? ` · ${t('town.partners.status.ended')}` : ''),
    [t],
  );
  return (
    <Suspense fallback={<MapSkeleton height={props.height} />}>
      <LeafletMap {...props} tiles={tiles} onOpenTown={onOpenTown} describePartnership={describePartnership} />
    </Suspense>
  );
}
