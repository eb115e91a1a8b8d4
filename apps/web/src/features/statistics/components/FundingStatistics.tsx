import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { CONTINUED_AFTER_FUNDING_LABELS, type FundingStatistics as FundingReport, type MoneyByKey } from '@twinning/contracts';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isOneOf } from '../../../common/utils/is-one-of';
import { useFormatters } from '../../../i18n';
import { sortedByYear } from '../utils/statistics-series';
import { BarChart } from './BarChart';

const ANSWERS = ['yes', 'partly', 'no', 'unanswered'] as const;

/** Money brought in from outside, by programme, country and year (a table each, per currency), and whether practices went on after it. */
export function FundingStatistics({ funding }: { funding: FundingReport }) {
  const { t } = useTranslation();
  const { labelOf, countryName, formatNumber } = useFormatters();
  const answered = funding.continuedAfterFunding.filter((entry) => entry.key !== 'unanswered').reduce((sum, entry) => sum + entry.count, 0);
  const share = (key: string) => (answered === 0 ? 0 : (funding.continuedAfterFunding.find((entry) => entry.key === key)?.count ?? 0) / answered);
  const answerLabel = (key: string) =>
    isOneOf(key, ['yes', 'partly', 'no'] as const) ? labelOf(CONTINUED_AFTER_FUNDING_LABELS[key]) : t('statistics.funding.unanswered');

  return (
    <Stack gap="lg" component="section" aria-labelledby="funding-statistics-heading">
      <div>
        <Title order={2} id="funding-statistics-heading">
          {t('statistics.funding.title')}
        </Title>
        <Text c="dimmed">{t('statistics.funding.intro')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <MoneyTable
          title={t('statistics.funding.byProgramme')}
          rowHeader={t('statistics.funding.programme')}
          rows={funding.byProgramme}
          labelOf={(row) => (
            <Anchor component={Link} to={`/funding/programmes/${encodeURIComponent(row.key)}`}>
              {row.name}
            </Anchor>
          )}
        />
        <MoneyTable title={t('statistics.funding.byCountry')} rowHeader={t('statistics.funding.country')} rows={funding.byCountry} labelOf={(row) => countryName(row.key)} />
        <MoneyTable title={t('statistics.funding.byYear')} rowHeader={t('statistics.funding.year')} rows={sortedByYear(funding.byYear)} labelOf={(row) => row.key} />
        <div>
          <BarChart
            title={t('statistics.funding.continuedTitle')}
            description={
              answered > 0
                ? t('statistics.funding.continuedShare', {
                    yes: formatNumber(share('yes'), { style: 'percent', maximumFractionDigits: 0 }),
                    partly: formatNumber(share('partly'), { style: 'percent', maximumFractionDigits: 0 }),
                    answered: formatNumber(answered),
                  })
                : t('statistics.funding.continuedDescription')
            }
            rowHeader={t('statistics.funding.answer')}
            series={[{ key: 'count', label: t('statistics.caseStudiesColumn'), color: 'teal' }]}
            rows={ANSWERS.flatMap((key) => {
              const entry = funding.continuedAfterFunding.find((candidate) => candidate.key === key);
              return entry ? [{ key, label: answerLabel(key), values: [entry.count] }] : [];
            })}
            emptyText={t('statistics.chart.empty')}
          />
        </div>
      </SimpleGrid>
    </Stack>
  );
}

interface MoneyTableProps<Row extends MoneyByKey> {
  title: string;
  rowHeader: string;
  rows: readonly Row[];
  labelOf: (row: Row) => ReactNode;
}

/** Sums per key and currency, as a plain data table: a table is what these numbers are, with no chart to stand in for. */
function MoneyTable<Row extends MoneyByKey>({ title, rowHeader, rows, labelOf }: MoneyTableProps<Row>) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const titleId = useId();
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" id={titleId} mb="sm">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text>{t('statistics.funding.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={320}>
          <Table aria-labelledby={titleId} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{rowHeader}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('statistics.funding.amount')}
                </Table.Th>
                <Table.Th scope="col" style={{ textAlign: 'right' }}>
                  {t('statistics.caseStudiesColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.key}-${row.currency}`}>
                  <Table.Th scope="row" fw="normal">
                    {labelOf(row)}
                  </Table.Th>
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                    {formatNumber(row.amount, { style: 'currency', currency: row.currency, maximumFractionDigits: 0 })}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{formatNumber(row.caseStudies)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
