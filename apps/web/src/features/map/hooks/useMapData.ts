import { useQuery } from '@tanstack/react-query';
import { type MapQuery } from '@twinning/contracts';
import { fetchMap, mapKeys } from '../api/map.api';

/** Towns and twinnings as GeoJSON; `enabled: false` while the query is not known yet. */
export function useMapData(query: MapQuery, enabled = true) {
  return useQuery({
    queryKey: mapKeys.map(query),
    queryFn: ({ signal }) => fetchMap(query, signal),
    enabled,
  });
}
