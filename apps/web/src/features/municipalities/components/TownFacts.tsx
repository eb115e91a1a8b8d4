import { Anchor, Text } from '@mantine/core';
import { type MunicipalityDetail } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Fact, FactList } from '../../../common/components/FactList';
import { useFormatters } from '../../../i18n';
import { openStreetMapUrl, safeWebsiteUrl } from '../utils/external-links';

const COORDINATE_DIGITS = 4;

/** The town's facts as a description list: one term, one value. */
export function TownFacts({ town }: { town: MunicipalityDetail }) {
  const { t } = useTranslation();
  const { countryName, formatNumber, localized } = useFormatters();
  const website = safeWebsiteUrl(town.website);

  const formatCoordinate = (value: number) =>
    formatNumber(Math.abs(value), {
      minimumFractionDigits: COORDINATE_DIGITS,
      maximumFractionDigits: COORDINATE_DIGITS,
    });
  const latitude = t(town.latitude >= 0 ? 'town.latitudeNorth' : 'town.latitudeSouth', {
    value: formatCoordinate(town.latitude),
  });
  const longitude = t(town.longitude >= 0 ? 'town.longitudeEast' : 'town.longitudeWest', {
    value: formatCoordinate(town.longitude),
  });

  return (
    <FactList>
      {town.nameEn !== town.nameLocal && (
        <Fact term={t('town.englishName')}>
          <span lang="en">{town.nameEn}</span>
        </Fact>
      )}
      <Fact term={t('town.country')}>{countryName(town.country)}</Fact>
      <Fact term={t('town.region')}>{localized(town.region, town.regionVariants)}</Fact>
      <Fact term={t('town.kind')}>{t(`kinds.${town.kind}`)}</Fact>
      <Fact term={t('town.population')}>
        {t('town.populationValue', { population: formatNumber(town.population), year: town.populationYear })}
      </Fact>
      <Fact term={t('town.coordinates')}>
        {latitude}, {longitude}
        <br />
        <Anchor href={openStreetMapUrl(town.latitude, town.longitude)} size="sm">
          {t('town.showOnMap')}
        </Anchor>
      </Fact>
      <Fact term={t('town.website')}>
        {website ? <Anchor href={website}>{website}</Anchor> : <Text c="dimmed">{t('town.noWebsite')}</Text>}
      </Fact>
    </FactList>
  );
}
