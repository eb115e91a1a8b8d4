import { ApiRoutes, type StatisticsReport } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const statisticsKeys = {
  all: ['statistics'] as const,
  report: () => [...statisticsKeys.all, 'report'] as const,
};

/** The public counts of the portal; only published, not archived case studies count. */
export function fetchStatistics(signal?: AbortSignal): Promise<StatisticsReport> {
  return apiGet<StatisticsReport>(ApiRoutes.statistics, { signal });
}
