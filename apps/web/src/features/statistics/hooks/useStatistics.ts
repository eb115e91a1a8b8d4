import { useQuery } from '@tanstack/react-query';
import { fetchCapacityStatistics, fetchStatistics, fetchStatisticsSummary, statisticsKeys } from '../api/statistics.api';

export function useStatistics() {
  return useQuery({
    queryKey: statisticsKeys.report(),
    queryFn: ({ signal }) => fetchStatistics(signal),
  });
}

export function useStatisticsSummary() {
  return useQuery({
    queryKey: statisticsKeys.summary(),
    queryFn: ({ signal }) => fetchStatisticsSummary(signal),
  });
}

export function useCapacityStatistics() {
  return useQuery({
    queryKey: statisticsKeys.capacity(),
    queryFn: ({ signal }) => fetchCapacityStatistics(signal),
  });
}
