import { useInViewport } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMapData } from '../hooks/useMapData';
import { partnershipFeatures, townFeatures } from '../utils/features';
import { TwinningMap } from './TwinningMap';
import { MapSkeleton } from './MapSkeleton';

/**
 * Every town and twinning, small: asked for (the towns, then Leaflet and its tiles) only once
 * scrolled into view, so a page that shows it below the fold, the home page, stays light on a
 * first visit. Where the browser cannot tell, it stays a placeholder with the link beside it.
 */
export function OverviewMap({ height }: { height: number }) {
  const { t } = useTranslation();
  const { ref, inViewport } = useInViewport();
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (inViewport) setSeen(true);
  }, [inViewport]);
  const data = useMapData({}, seen);
  const towns = useMemo(() => townFeatures(data.data), [data.data]);
  const partnerships = useMemo(() => partnershipFeatures(data.data), [data.data]);

  return (
    <div ref={ref}>
      {data.isError ? null : data.isSuccess ? (
        <TwinningMap towns={towns} partnerships={partnerships} cluster label={t('map.mapLabel')} height={height} />
      ) : (
        <MapSkeleton height={height} animate={seen} />
      )}
    </div>
  );
}
