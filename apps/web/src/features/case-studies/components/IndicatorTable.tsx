import { Table } from '@mantine/core';
import { type Indicator } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

/** The results in numbers: each indicator's baseline, target and what was achieved. */
export function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const value = (number: number | null) => (number === null ? '—' : formatNumber(number));
  return (
    <Table.ScrollContainer minWidth={560}>
      {/* Named, not captioned: the heading "Indicators" stands right above it. */}
      <Table striped aria-label={t('caseStudyFields.indicators')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caseStudyForm.indicators.name')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('caseStudyForm.indicators.baseline')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('caseStudyForm.indicators.target')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('caseStudyForm.indicators.achieved')}
            </Table.Th>
            <Table.Th scope="col">{t('caseStudyForm.indicators.unit')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.map((indicator, index) => (
            <Table.Tr key={index}>
              <Table.Th scope="row" fw={600}>
                {indicator.name}
              </Table.Th>
              <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value(indicator.baseline)}
              </Table.Td>
              <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value(indicator.target)}
              </Table.Td>
              <Table.Td ta="end" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value(indicator.achieved)}
              </Table.Td>
              <Table.Td>{indicator.unit}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
