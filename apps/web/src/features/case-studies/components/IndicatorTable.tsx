import { Table } from '@mantine/core';
import { type Indicator } from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

/** "11.6 (UN indicator 11.6.1)": the SDG target a row measures, and the UN indicator it matches. */
function measures(indicator: Indicator, t: TFunction): string {
  const code = indicator.unIndicator ? t('caseStudyOverview.unIndicator', { code: indicator.unIndicator }) : '';
  return [indicator.sdgTarget ?? '', code && indicator.sdgTarget ? `(${code})` : code].filter(Boolean).join(' ') || '—';
}

/** The results in numbers: each indicator's baseline, target and what was achieved, and the SDG target it measures. */
export function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const value = (number: number | null) => (number === null ? '—' : formatNumber(number));
  // The column is there only when some row names what it measures.
  const withTargets = indicators.some((indicator) => indicator.sdgTarget !== null || indicator.unIndicator !== null);
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
            {withTargets && <Table.Th scope="col">{t('caseStudyOverview.measuresTarget')}</Table.Th>}
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
              {withTargets && <Table.Td>{measures(indicator, t)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
