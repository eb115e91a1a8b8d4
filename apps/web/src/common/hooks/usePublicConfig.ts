import { useQuery } from '@tanstack/react-query';
import { ApiRoutes, type PublicConfig } from '@twinning/contracts';
import { apiGet } from '../../lib/api-client';

/** The server's settings for the web client (map tiles, accessibility contact); they do not change while it runs. */
export function usePublicConfig() {
  return useQuery({
    queryKey: ['public-config'],
    queryFn: ({ signal }) => apiGet<PublicConfig>(ApiRoutes.publicConfig, { signal }),
    staleTime: Infinity,
  });
}
