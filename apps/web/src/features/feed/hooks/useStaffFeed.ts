import { useQuery } from '@tanstack/react-query';
import { feedKeys, fetchStaffFeed } from '../api/feed.api';

export function useStaffFeed() {
  return useQuery({
    queryKey: feedKeys.all,
    queryFn: ({ signal }) => fetchStaffFeed(signal),
  });
}
