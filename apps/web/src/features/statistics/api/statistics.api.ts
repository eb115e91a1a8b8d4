import { ApiRoutes, type CapacityStatistics, type StatisticsReport } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const statisticsKeys = {
  all: ['statistics'] as const,
  report: () => [...statisticsKeys.all, 'report'] as const,
  capacity: () => [...statisticsKeys.all, 'capacity'] as const,
};

/** The public counts of the portal; only published, not archived case studies count. */
export function fetchStatistics(signal?: AbortSignal): Promise<StatisticsReport> {
  return apiGet<StatisticsReport>(ApiRoutes.statistics, { signal });
}

/** What partner towns did together and who went from learner to source. */
export function fetchCapacityStatistics(signal?: AbortSignal): Promise<CapacityStatistics> {
  return apiGet<CapacityStatistics>(ApiRoutes.capacityStatistics, { signal });
}
