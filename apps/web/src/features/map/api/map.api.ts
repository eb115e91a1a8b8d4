import { ApiRoutes, type MapFeatureCollection, type MapQuery, type PublicConfig } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const mapKeys = {
  map: (query: MapQuery) => ['map', query] as const,
  publicConfig: ['public-config'] as const,
};

export function fetchMap(query: MapQuery, signal?: AbortSignal): Promise<MapFeatureCollection> {
  return apiGet<MapFeatureCollection>(ApiRoutes.map, { query: { ...query }, signal });
}

export function fetchPublicConfig(signal?: AbortSignal): Promise<PublicConfig> {
  return apiGet<PublicConfig>(ApiRoutes.publicConfig, { signal });
}
