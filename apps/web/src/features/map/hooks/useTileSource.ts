import { usePublicConfig } from '../../../common/hooks/usePublicConfig';

/** Where the map's background comes from. */
export function useTileSource() {
  return usePublicConfig().data?.mapTiles;
}
