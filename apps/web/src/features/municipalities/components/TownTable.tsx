import { Anchor, Table, Text } from '@mantine/core';
import { type MunicipalitySummary } from '@twinning/contracts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';

interface TownTableProps {
  towns: MunicipalitySummary[];
  caption: string;
  /** Buttons for each town (the admin pages); adds an Actions column when given. */
  renderActions?: (town: MunicipalitySummary) => ReactNode;
}

export function TownTable({ towns, caption, renderActions }: TownTableProps) {
  const { t } = useTranslation();
  const { countryName, formatNumber } = useFormatters();

  return (
    <Table.ScrollContainer minWidth={renderActions ? 720 : 640}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('towns.table.name')}</Table.Th>
            <Table.Th scope="col">{t('towns.table.country')}</Table.Th>
            <Table.Th scope="col">{t('towns.table.region')}</Table.Th>
            <Table.Th scope="col">{t('towns.table.kind')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('towns.table.population')}
            </Table.Th>
            {renderActions && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {towns.map((town) => (
            <Table.Tr key={town.id}>
              <Table.Th scope="row" fw="normal">
                <Anchor component={Link} to={`/towns/${town.id}`} fw={600}>
                  {town.nameLocal}
                </Anchor>
                {town.nameEn !== town.nameLocal && (
                  <Text size="sm" c="dimmed" lang="en">
                    {town.nameEn}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{countryName(town.country)}</Table.Td>
              <Table.Td>{town.region}</Table.Td>
              <Table.Td>{t(`kinds.${town.kind}`)}</Table.Td>
              <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatNumber(town.population)}
              </Table.Td>
              {renderActions && <Table.Td>{renderActions(town)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
