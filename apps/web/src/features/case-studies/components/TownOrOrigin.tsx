import { Anchor, Text } from '@mantine/core';
import { type AnonymousOrigin, type MunicipalitySummary } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { townName } from '../../municipalities/utils/town-name';

interface TownOrOriginProps {
  municipality: MunicipalitySummary | null;
  anonymousOrigin: AnonymousOrigin | null;
}

/**
 * Whose story it is: a link to the town, or, for a story published without naming its town, only
 * the kind of municipality and its country ("A district municipality in Türkiye"), or less where
 * the portal has too few such towns for that to hide it.
 */
export function TownOrOrigin({ municipality, anonymousOrigin }: TownOrOriginProps) {
  const { t } = useTranslation();
  const { countryName } = useFormatters();
  if (municipality) {
    return (
      <Anchor component={Link} to={`/towns/${municipality.id}`} fw={600}>
        {townName(municipality)}
      </Anchor>
    );
  }
  if (anonymousOrigin) {
    const { kind, country } = anonymousOrigin;
    return (
      <Text component="span" fs="italic">
        {country === null
          ? t('caseStudy.anonymousOrigin.unnamed')
          : t(kind === null ? 'caseStudy.anonymousOrigin.inCountry' : `caseStudy.anonymousOrigin.${kind}`, { country: countryName(country) })}
      </Text>
    );
  }
  return null;
}
