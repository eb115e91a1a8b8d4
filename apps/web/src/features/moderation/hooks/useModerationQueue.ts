import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type PageQuery } from '@twinning/contracts';
import { fetchModerationQueue, moderationKeys } from '../api/moderation.api';

export function useModerationQueue(query: PageQuery) {
  return useQuery({
    queryKey: moderationKeys.queue(query),
    queryFn: ({ signal }) => fetchModerationQueue(query, signal),
    placeholderData: keepPreviousData,
  });
}
