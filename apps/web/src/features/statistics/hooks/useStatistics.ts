import { useQuery } from '@tanstack/react-query';
import { fetchStatistics, statisticsKeys } from '../api/statistics.api';

export function useStatistics() {
  return useQuery({
    queryKey: statisticsKeys.report(),
    queryFn: ({ signal }) => fetchStatistics(signal),
  });
}
