import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { type MunicipalitySummary } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';

interface AdminMunicipalityTableProps {
  towns: MunicipalitySummary[];
  caption: string;
  onEdit: (town: MunicipalitySummary) => void;
  onDelete: (town: MunicipalitySummary) => void;
}

export function AdminMunicipalityTable({ towns, caption, onEdit, onDelete }: AdminMunicipalityTableProps) {
  const { t } = useTranslation();
  const { countryName, formatNumber } = useFormatters();
  return (
    <Table.ScrollContainer minWidth={720}>
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
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
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
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onEdit(town)}
                    aria-label={t('common.editNamed', { name: town.nameLocal })}
                  >
                    {t('common.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    onClick={() => onDelete(town)}
                    aria-label={t('common.deleteNamed', { name: town.nameLocal })}
                  >
                    {t('common.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
