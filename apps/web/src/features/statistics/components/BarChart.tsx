import { Anchor, Box, Group, Paper, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatters } from '../../../i18n';

export interface BarSeries {
  key: string;
  label: string;
  /** A Mantine colour name ("indigo", "orange"). */
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** Where the label links to, if anywhere. */
  href?: string;
  /** One count per series, in the series' order. */
  values: readonly number[];
}

interface BarChartProps {
  title: string;
  description?: string;
  /** What the table's first column holds: "SDG", "Month", "Case study". */
  rowHeader: string;
  /** One series draws plain bars; several are stacked in each row, one colour each, with a legend. */
  series: readonly BarSeries[];
  rows: readonly BarRow[];
  /** Said instead of the chart when there is nothing to count. */
  emptyText: string;
}

const BAR_HEIGHT = 14;

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function barColor(color: string): string {
  return `var(--mantine-color-${color}-7)`;
}

/**
 * A horizontal bar chart drawn with plain CSS. Every bar says its label and its count in text, so
 * nothing depends on seeing the bar or telling colours apart; "Show as table" swaps the bars for the
 * same numbers as a data table, with headers a screen reader can move through.
 */
export function BarChart({ title, description, rowHeader, series, rows, emptyText }: BarChartProps) {
  const { t } = useTranslation();
  const { formatNumber } = useFormatters();
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  const stacked = series.length > 1;
  // The longest bar spans the track; the others are measured against it.
  const longest = Math.max(1, ...rows.map((row) => sum(row.values)));

  const labelOf = (row: BarRow): ReactNode =>
    row.href ? (
      <Anchor component={Link} to={row.href} size="sm">
        {row.label}
      </Anchor>
    ) : (
      row.label
    );

  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          {rows.length > 0 && (
            // Named by its visible label; the chart it belongs to is its description.
            <Switch
              size="xs"
              label={t('statistics.chart.showTable')}
              aria-describedby={titleId}
              checked={asTable}
              onChange={(event) => setAsTable(event.currentTarget.checked)}
              style={{ flexShrink: 0 }}
            />
          )}
        </Group>

        {rows.length === 0 ? (
          <Text size="sm">{emptyText}</Text>
        ) : asTable ? (
          <Table.ScrollContainer minWidth={stacked ? 560 : 0}>
            <Table aria-labelledby={titleId} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{rowHeader}</Table.Th>
                  {series.map((entry) => (
                    <Table.Th key={entry.key} scope="col" ta="right">
                      {entry.label}
                    </Table.Th>
                  ))}
                  {stacked && (
                    <Table.Th scope="col" ta="right">
                      {t('statistics.chart.total')}
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" fw={400}>
                      {labelOf(row)}
                    </Table.Th>
                    {row.values.map((value, index) => (
                      <Table.Td key={series[index]?.key ?? index} ta="right">
                        {formatNumber(value)}
                      </Table.Td>
                    ))}
                    {stacked && <Table.Td ta="right">{formatNumber(sum(row.values))}</Table.Td>}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : (
          <>
            {stacked && (
              // The rows name every part in words below their bar; the legend is for the eye only.
              <Group component="ul" gap="md" m={0} p={0} style={{ listStyle: 'none' }} aria-hidden="true">
                {series.map((entry) => (
                  <Group component="li" key={entry.key} gap={6} wrap="nowrap">
                    <Box w={12} h={12} style={{ background: barColor(entry.color), borderRadius: 2 }} />
                    <Text size="xs">{entry.label}</Text>
                  </Group>
                ))}
              </Group>
            )}
            <Stack component="ul" gap={8} m={0} p={0} style={{ listStyle: 'none' }}>
              {rows.map((row) => {
                const total = sum(row.values);
                const parts = row.values
                  .map((value, index) => ({ value, entry: series[index] }))
                  .filter(({ value, entry }) => value > 0 && entry !== undefined);
                return (
                  <Box
                    component="li"
                    key={row.key}
                    style={{
                      display: 'grid',
                      gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)',
                      columnGap: 'var(--mantine-spacing-sm)',
                      alignItems: 'center',
                    }}
                  >
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {labelOf(row)}
                    </Text>
                    <Group gap="xs" wrap="nowrap">
                      <Box
                        aria-hidden="true"
                        style={{
                          flex: 1,
                          display: 'flex',
                          height: BAR_HEIGHT,
                          background: 'var(--mantine-color-gray-1)',
                          borderRadius: 'var(--mantine-radius-xs)',
                          overflow: 'hidden',
                        }}
                      >
                        {parts.map(({ value, entry }) => (
                          <Box
                            key={entry.key}
                            style={{
                              width: `${(value / longest) * 100}%`,
                              background: barColor(entry.color),
                              // A hairline between stacked parts, so neighbouring colours stay apart.
                              boxShadow: stacked ? 'inset -1px 0 0 var(--mantine-color-body)' : undefined,
                            }}
                          />
                        ))}
                      </Box>
                      <Text size="sm" fw={600} miw="3ch" ta="right">
                        {formatNumber(total)}
                      </Text>
                    </Group>
                    {stacked && parts.length > 0 && (
                      <Text size="xs" c="dimmed" style={{ gridColumn: 2 }}>
                        {parts
                          .map(({ value, entry }) => t('statistics.chart.part', { label: entry.label, value: formatNumber(value) }))
                          .join(' · ')}
                      </Text>
                    )}
                  </Box>
                );
              })}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
