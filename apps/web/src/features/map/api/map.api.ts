import { ApiRoutes, type MapFeatureCollection, type MapQuery } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const mapKeys = {
  map: (query: MapQuery) => ['map', query] as const,
};

export function fetchMap(query: MapQuery, signal?: AbortSignal): Promise<MapFeatureCollection> {
  return apiGet<MapFeatureCollection>(ApiRoutes.map, { query: { ...query }, signal });
}
