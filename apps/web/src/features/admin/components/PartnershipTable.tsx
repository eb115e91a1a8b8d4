import { Anchor, Table, Text } from '@mantine/core';
import { type Partnership } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PartnershipStatusBadge } from '../../municipalities/components/PartnershipStatusBadge';
import { partnershipPairName } from '../utils/partnership-form';
import { EditDeleteButtons } from './EditDeleteButtons';
import { townName } from '../../municipalities/utils/town-name';

interface PartnershipTableProps {
  partnerships: Partnership[];
  caption: string;
  onEdit: (partnership: Partnership) => void;
  onDelete: (partnership: Partnership) => void;
}

export function PartnershipTable({ partnerships, caption, onEdit, onDelete }: PartnershipTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover captionSide="top">
        <Table.Caption style={{ textAlign: 'start' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('adminPartnerships.table.pair')}</Table.Th>
            <Table.Th scope="col">{t('adminPartnerships.table.since')}</Table.Th>
            <Table.Th scope="col">{t('adminPartnerships.table.status')}</Table.Th>
            <Table.Th scope="col">{t('adminPartnerships.table.programme')}</Table.Th>
            <Table.Th scope="col">{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {partnerships.map((partnership) => {
            const [first, second] = partnership.municipalities;
            return (
              <Table.Tr key={partnership.id}>
                <Table.Th scope="row" fw="normal">
                  <Anchor component={Link} to={`/towns/${first.id}`} fw={600}>
                    {townName(first)}
                  </Anchor>
                  {' – '}
                  <Anchor component={Link} to={`/towns/${second.id}`} fw={600}>
                    {townName(second)}
                  </Anchor>
                  <Text size="sm">
                    <Anchor component={Link} to={`/partnerships/${partnership.id}`} aria-label={t('partnership.openPageOf', { pair: partnershipPairName(partnership, t) })}>
                      {t('partnership.openPage')}
                    </Anchor>
                  </Text>
                  {partnership.description && (
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {partnership.description}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{partnership.sinceYear}</Table.Td>
                <Table.Td>
                  <PartnershipStatusBadge status={partnership.status} />
                </Table.Td>
                <Table.Td>
                  {partnership.programme ?? <Text c="dimmed">{t('adminPartnerships.noProgramme')}</Text>}
                </Table.Td>
                <Table.Td>
                  <EditDeleteButtons
                    name={partnershipPairName(partnership, t)}
                    onEdit={() => onEdit(partnership)}
                    onDelete={() => onDelete(partnership)}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
