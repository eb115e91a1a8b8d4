import { ApiRoutes, type Collection, type CollectionSummary } from '@twinning/contracts';
import { apiGet } from '../../../lib/api-client';

export const collectionKeys = {
  all: ['collections'] as const,
  featured: () => [...collectionKeys.all, 'featured'] as const,
  one: (id: string) => [...collectionKeys.all, 'one', id] as const,
};

export function fetchFeaturedCollections(signal?: AbortSignal): Promise<CollectionSummary[]> {
  return apiGet<CollectionSummary[]>(ApiRoutes.collections, { query: { featured: 'true' }, signal });
}

export function fetchCollection(id: string, signal?: AbortSignal): Promise<Collection> {
  return apiGet<Collection>(ApiRoutes.collection(id), { signal });
}
