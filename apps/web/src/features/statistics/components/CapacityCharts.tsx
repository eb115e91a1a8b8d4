import { Anchor, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type CapacityStatistics, PARTNERSHIP_ACTIVITY_KINDS, type PartnershipActivityKind } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '../../../common/components/ErrorState';
import { SectionSkeleton } from '../../../common/components/SectionSkeleton';
import { useFormatters } from '../../../i18n';
import { townName } from '../../municipalities/utils/town-name';
import { useCapacityStatistics } from '../hooks/useStatistics';
import { BarChart, type BarRow, type BarSeries } from './BarChart';

const KIND_COLORS: Record<PartnershipActivityKind, string> = { study_visit: 'indigo', staff_exchange: 'teal', training: 'orange', joint_project: 'grape' };

/** Rows of activities per kind, one row per key (a year, a country), in the order the keys come. */
function rowsByKind(entries: readonly { key: string; kind: PartnershipActivityKind; activities: number }[], labelOf: (key: string) => string): BarRow[] {
  const byKey = new Map<string, number[]>();
  for (const entry of entries) {
    const values = byKey.get(entry.key) ?? PARTNERSHIP_ACTIVITY_KINDS.map(() => 0);
    values[PARTNERSHIP_ACTIVITY_KINDS.indexOf(entry.kind)] += entry.activities;
    byKey.set(entry.key, values);
  }
  return [...byKey].map(([key, values]) => ({ key, label: labelOf(key), values }));
}

/** The capacity the partner towns built together: their public activities and the towns that went from learner to source. */
export function CapacityCharts() {
  const { t } = useTranslation();
  const capacity = useCapacityStatistics();
  if (capacity.isPending) return <SectionSkeleton label={t('statistics.capacity.loading')} />;
  if (capacity.isError) return <ErrorState title={t('statistics.capacity.loadError')} error={capacity.error} onRetry={() => void capacity.refetch()} />;
  return <CapacityDetails capacity={capacity.data} />;
}

function CapacityDetails({ capacity }: { capacity: CapacityStatistics }) {
  const { t } = useTranslation();
  const { countryName, formatDate } = useFormatters();
  const kinds: BarSeries[] = PARTNERSHIP_ACTIVITY_KINDS.map((kind) => ({ key: kind, label: t(`partnership.activityKinds.${kind}`), color: KIND_COLORS[kind] }));
  const byYear = rowsByKind(
    capacity.activitiesByYear.map((entry) => ({ ...entry, key: String(entry.year) })),
    (year) => year,
  );
  const byCountry = rowsByKind(
    [...capacity.activitiesByYearAndCountry].sort((a, b) => a.country.localeCompare(b.country)).map((entry) => ({ ...entry, key: entry.country })),
    countryName,
  );
  const participants = new Map<string, number>();
  for (const entry of capacity.activitiesByYear) participants.set(String(entry.year), (participants.get(String(entry.year)) ?? 0) + entry.participants);

  return (
    <section aria-labelledby="capacity-heading">
      <Title order={2} id="capacity-heading" mb="xs">
        {t('statistics.capacity.title')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('statistics.capacity.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <BarChart
          title={t('statistics.capacity.byYear.title')}
          description={t('statistics.capacity.byYear.description')}
          rowHeader={t('statistics.capacity.byYear.rowHeader')}
          series={kinds}
          rows={byYear}
          emptyText={t('statistics.capacity.noActivities')}
        />
        <BarChart
          title={t('statistics.capacity.byCountry.title')}
          description={t('statistics.capacity.byCountry.description')}
          rowHeader={t('statistics.capacity.byCountry.rowHeader')}
          series={kinds}
          rows={byCountry}
          emptyText={t('statistics.capacity.noActivities')}
        />
        <BarChart
          title={t('statistics.capacity.participants.title')}
          description={t('statistics.capacity.participants.description')}
          rowHeader={t('statistics.capacity.byYear.rowHeader')}
          series={[{ key: 'participants', label: t('statistics.capacity.participants.column'), color: 'cyan' }]}
          rows={[...participants].map(([year, count]) => ({ key: year, label: year, values: [count] }))}
          emptyText={t('statistics.capacity.noActivities')}
        />
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('statistics.capacity.learners.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('statistics.capacity.learners.description')}
            </Text>
            {capacity.learnersBecameSources.length === 0 ? (
              <Text>{t('statistics.capacity.learners.empty')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('statistics.capacity.learners.town')}</Table.Th>
                    <Table.Th scope="col">{t('statistics.capacity.learners.adapted')}</Table.Th>
                    <Table.Th scope="col">{t('statistics.capacity.learners.published')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {capacity.learnersBecameSources.map((entry) => (
                    <Table.Tr key={entry.municipality.id}>
                      <Table.Th scope="row" fw="normal">
                        <Anchor component={Link} to={`/towns/${entry.municipality.id}`}>
                          {townName(entry.municipality)}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{formatDate(entry.firstAdaptedOn)}</Table.Td>
                      <Table.Td>{formatDate(entry.firstPublishedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
    </section>
  );
}
