import { SimpleGrid } from '@mantine/core';
import { ADAPTATION_STATUSES, type CountByKey, type SearchFacet, type StatisticsReport } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';
import { ADAPTATION_STATUS_COLORS } from '../../adaptations/utils/adaptation-status';
import { NO_TOWN_NAMES, useFacetValueLabel } from '../../search/hooks/useFacetValueLabel';
import { adaptationsByMonth, inOutcomeOrder, inYearOrder } from '../utils/statistics-series';
import { BarChart, type BarRow, type BarSeries } from './BarChart';

const BAR_COLOR = 'indigo';
type Breakdown = Extract<SearchFacet, 'sdg' | 'sdg_target' | 'theme' | 'outcome' | 'failure_cause' | 'failure_stage' | 'country' | 'year'>;

/** Every breakdown of the report as a bar chart, with its values named as the search's facets name them. */
export function StatisticsCharts({ report }: { report: StatisticsReport }) {
  const { t } = useTranslation();
  const { formatMonth } = useFormatters();
  const labelOfValue = useFacetValueLabel(NO_TOWN_NAMES);

  const caseStudies: BarSeries[] = [{ key: 'count', label: t('statistics.caseStudiesColumn'), color: BAR_COLOR }];
  const breakdown = (facet: Breakdown, counts: readonly CountByKey[]) => (
    <BarChart
      title={t(`statistics.charts.${facet}.title`)}
      description={t(`statistics.charts.${facet}.description`)}
      rowHeader={t(`statistics.charts.${facet}.rowHeader`)}
      series={caseStudies}
      rows={counts.map((entry): BarRow => ({ key: entry.key, label: labelOfValue(facet, entry.key), values: [entry.count] }))}
      emptyText={t('statistics.chart.empty')}
    />
  );

  const statuses: BarSeries[] = ADAPTATION_STATUSES.map((status) => ({
    key: status,
    label: t(`adaptationStatus.${status}`),
    color: ADAPTATION_STATUS_COLORS[status],
  }));
  const months = adaptationsByMonth(report.adaptationsOverTime).map(
    (entry): BarRow => ({
      key: entry.month,
      label: formatMonth(entry.month),
      values: ADAPTATION_STATUSES.map((status) => entry.reached[status]),
    }),
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {breakdown('sdg', report.bySdg)}
      {breakdown('sdg_target', report.bySdgTarget)}
      {breakdown('theme', report.byTheme)}
      {breakdown('outcome', inOutcomeOrder(report.byOutcome))}
      {breakdown('failure_cause', report.byFailureCause)}
      {breakdown('failure_stage', report.byFailureStage)}
      {breakdown('country', report.byCountry)}
      {breakdown('year', inYearOrder(report.byYear))}
      <BarChart
        title={t('statistics.charts.mostAdapted.title')}
        description={t('statistics.charts.mostAdapted.description')}
        rowHeader={t('statistics.charts.mostAdapted.rowHeader')}
        series={[{ key: 'adaptations', label: t('statistics.adaptationsColumn'), color: 'teal' }]}
        rows={report.mostAdapted.map((entry) => ({
          key: entry.caseStudyId,
          label: entry.title,
          href: `/case-studies/${encodeURIComponent(entry.caseStudyId)}`,
          values: [entry.adaptations],
        }))}
        emptyText={t('statistics.charts.mostAdapted.empty')}
      />
      {/* Months run long and their bars carry five parts: the whole width suits them better. */}
      <div style={{ gridColumn: '1 / -1' }}>
        <BarChart
          title={t('statistics.charts.adaptations.title')}
          description={t('statistics.charts.adaptations.description')}
          rowHeader={t('statistics.charts.adaptations.rowHeader')}
          series={statuses}
          rows={months}
          emptyText={t('statistics.charts.adaptations.empty')}
        />
      </div>
    </SimpleGrid>
  );
}
