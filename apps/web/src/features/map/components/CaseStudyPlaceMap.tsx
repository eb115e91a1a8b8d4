import { Title } from '@mantine/core';
import { type AnonymousOrigin, type MunicipalitySummary } from '@twinning/contracts';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { COUNTRY_CENTRES } from '../../municipalities/utils/countries';
import { TownMap } from './TownMap';
import { TwinningMap } from './TwinningMap';

interface CaseStudyPlaceMapProps {
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
}

const HEIGHT = 260;

/**
 * Where a practice comes from: its town with its partners, or, for a story published without
 * naming its town, only the middle of its country; the town's position is never asked for.
 */
export function CaseStudyPlaceMap({ municipality, anonymousOrigin }: CaseStudyPlaceMapProps) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  const country = anonymousOrigin?.country ?? null;
  const area = useMemo(
    () => (country && COUNTRY_CENTRES[country] ? { center: COUNTRY_CENTRES[country], label: countryName(country) } : undefined),
    [country, countryName],
  );
  if (!municipality && !area) return null;
  return (
    <section aria-labelledby="case-study-map-heading">
      <Title order={2} size="h3" id="case-study-map-heading" mb="sm">
        {t('map.townMapTitle')}
      </Title>
      {municipality ? (
        <TownMap townId={municipality.id} townName={municipality.nameLocal} height={HEIGHT} />
      ) : (
        <TwinningMap towns={NONE} partnerships={NONE} cluster={false} area={area} label={t('map.caseStudyMapLabel', { place: area!.label })} height={HEIGHT} />
      )}
    </section>
  );
}

// Stable empty lists, so the map is not redrawn on every render.
const NONE: never[] = [];
