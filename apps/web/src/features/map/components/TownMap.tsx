import { useTranslation } from 'react-i18next';
import { useMapData } from '../hooks/useMapData';
import { partnershipFeatures, townFeatures } from '../utils/features';
import { TwinningMap } from './TwinningMap';
import { MapSkeleton } from './MapSkeleton';

interface TownMapProps {
  townId: string;
  townName: string;
  height: number;
}

/** A town with its twinning partners and the lines to them. */
export function TownMap({ townId, townName, height }: TownMapProps) {
  const { t } = useTranslation();
  const data = useMapData({ municipality: townId });
  // A map that failed to load leaves the page as it was: the partners are listed in words anyway.
  if (data.isError) return null;
  if (data.isPending) return <MapSkeleton height={height} />;
  return (
    <TwinningMap
      towns={townFeatures(data.data)}
      partnerships={partnershipFeatures(data.data)}
      cluster={false}
      label={t('map.townMapLabel', { town: townName })}
      height={height}
    />
  );
}
