import { Anchor, Table, Text } from '@mantine/core';
import { type MapPartnershipFeature, type MapTownFeature } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';
import { townName } from '../../municipalities/utils/town-name';

interface TownNetworkListProps {
  towns: MapTownFeature[];
  partnerships: MapPartnershipFeature[];
}

/**
 * What the map shows, as a table: each town the filters picked, with its twinning partners. For
 * keyboard and screen-reader users, and for anyone who prefers reading to a map.
 */
export function TownNetworkList({ towns, partnerships }: TownNetworkListProps) {
  const { t } = useTranslation();
  const { countryName, formatNumber } = useFormatters();
  const byId = new Map(towns.map((town) => [town.properties.id, town.properties]));
  const partnersOf = (townId: string) =>
    partnerships
      .filter((partnership) => partnership.properties.municipalityIds.includes(townId))
      .map((partnership) => {
        const [a, b] = partnership.properties.municipalityIds;
        return { partnership: partnership.properties, partner: byId.get(a === townId ? b : a)! };
      });
  const matched = towns.filter((town) => town.properties.matched);

  return (
    // Three columns, the country under the town's name, so a phone shows the table whole.
    <Table.ScrollContainer minWidth={340}>
      <Table striped className="town-network-list">
        <Table.Caption>{t('map.list.caption', { count: matched.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('map.list.town')}</Table.Th>
            <Table.Th scope="col">{t('map.list.partners')}</Table.Th>
            <Table.Th scope="col">{t('map.list.caseStudies')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matched.map(({ properties: town }) => {
            const partners = partnersOf(town.id);
            return (
              <Table.Tr key={town.id}>
                <Table.Th scope="row" fw={400}>
                  <Anchor component={Link} to={`/towns/${town.id}`} fw={600}>
                    {townName(town)}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {countryName(town.country)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  {partners.length === 0 ? (
                    <Text c="dimmed" size="sm">
                      {t('map.list.noPartners')}
                    </Text>
                  ) : (
                    <ul className="map-partner-list">
                      {partners.map(({ partnership, partner }) => (
                        <li key={partnership.id}>
                          <Anchor component={Link} to={`/towns/${partner.id}`}>
                            {townName(partner)}
                          </Anchor>{' '}
                          <Text component="span" size="sm" c="dimmed">
                            {t('map.list.partnerDetails', { country: countryName(partner.country), year: partnership.sinceYear })}
                            {partnership.status === 'ended' && ` · ${t('town.partners.status.ended')}`}
                          </Text>
                        </li>
                      ))}
                    </ul>
                  )}
                </Table.Td>
                <Table.Td>{formatNumber(town.publishedCaseStudies)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
