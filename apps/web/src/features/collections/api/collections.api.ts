import { ApiRoutes, type Collection, type CollectionInput, type CollectionSummary } from '@twinning/contracts';
import { apiDelete, apiGet, apiPatch, apiPost } from '../../../lib/api-client';

export const collectionKeys = {
  all: ['collections'] as const,
  featured: () => [...collectionKeys.all, 'featured'] as const,
  list: () => [...collectionKeys.all, 'list'] as const,
  one: (id: string) => [...collectionKeys.all, 'one', id] as const,
};

export function fetchFeaturedCollections(signal?: AbortSignal): Promise<CollectionSummary[]> {
  return apiGet<CollectionSummary[]>(ApiRoutes.collections, { query: { featured: 'true' }, signal });
}

export function fetchCollections(signal?: AbortSignal): Promise<CollectionSummary[]> {
  return apiGet<CollectionSummary[]>(ApiRoutes.collections, { signal });
}

export function fetchCollection(id: string, signal?: AbortSignal): Promise<Collection> {
  return apiGet<Collection>(ApiRoutes.collection(id), { signal });
}

export function createCollection(input: CollectionInput): Promise<Collection> {
  return apiPost<Collection>(ApiRoutes.collections, input);
}

export function updateCollection(id: string, changes: Partial<CollectionInput>): Promise<Collection> {
  return apiPatch<Collection>(ApiRoutes.collection(id), changes);
}

export function deleteCollection(id: string): Promise<void> {
  return apiDelete(ApiRoutes.collection(id));
}
