import { useQuery } from '@tanstack/react-query';
import { isUuid } from '../../../common/utils/uuid';
import { collectionKeys, fetchCollection, fetchFeaturedCollections } from '../api/collections.api';

/** The collections on the home page, each with its showcase. */
export function useFeaturedCollections() {
  return useQuery({ queryKey: collectionKeys.featured(), queryFn: ({ signal }) => fetchFeaturedCollections(signal) });
}

export function useCollection(id: string) {
  return useQuery({ queryKey: collectionKeys.one(id), queryFn: ({ signal }) => fetchCollection(id, signal), enabled: isUuid(id) });
}
