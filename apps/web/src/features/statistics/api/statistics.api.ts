import { ApiRoutes, type CapacityStatistics, type StatisticsReport, type StatisticsSummary } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const statisticsKeys = {
  all: ['statistics'] as const,
  report: () => [...statisticsKeys.all, 'report'] as const,
  summary: () => [...statisticsKeys.all, 'summary'] as const,
  capacity: () => [...statisticsKeys.all, 'capacity'] as const,
};

/** The public counts of the portal; only published, not archived case studies count. */
export function fetchStatistics(signal?: AbortSignal): Promise<StatisticsReport> {
  return apiGet<StatisticsReport>(ApiRoutes.statistics, { signal });
}

/** The home page's key figures, without the report's breakdowns. */
export function fetchStatisticsSummary(signal?: AbortSignal): Promise<StatisticsSummary> {
  return apiGet<StatisticsSummary>(ApiRoutes.statisticsSummary, { signal });
}

/** What partner towns did together and who went from learner to source. */
export function fetchCapacityStatistics(signal?: AbortSignal): Promise<CapacityStatistics> {
  return apiGet<CapacityStatistics>(ApiRoutes.capacityStatistics, { signal });
}
