import { useQuery } from '@tanstack/react-query';
import { fetchPublicConfig, mapKeys } from '../api/map.api';

/** Where the map's background comes from; the server's setting does not change while it runs. */
export function useTileSource() {
  const config = useQuery({
    queryKey: mapKeys.publicConfig,
    queryFn: ({ signal }) => fetchPublicConfig(signal),
    staleTime: Infinity,
  });
  return config.data?.mapTiles;
}
