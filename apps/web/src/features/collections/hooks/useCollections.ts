import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CollectionInput } from '@twinning/contracts';
import { useMemo } from 'react';
import { isUuid } from '../../../common/utils/uuid';
import { useFormatters } from '../../../i18n';
import { collectionKeys, createCollection, deleteCollection, fetchCollection, fetchCollections, fetchFeaturedCollections, updateCollection } from '../api/collections.api';

/** The collections on the home page, each with its showcase. */
export function useFeaturedCollections() {
  return useQuery({ queryKey: collectionKeys.featured(), queryFn: ({ signal }) => fetchFeaturedCollections(signal) });
}

/** Every collection, featured first: the moderators' list, and the names of the search's collection filter. */
export function useCollections({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: collectionKeys.list(), queryFn: ({ signal }) => fetchCollections(signal), enabled });
}

/** Each collection's title in the reader's language, by id; read only when `enabled`. */
export function useCollectionTitles(enabled: boolean): ReadonlyMap<string, string> {
  const { labelOf } = useFormatters();
  const collections = useCollections({ enabled });
  return useMemo(() => new Map((collections.data ?? []).map((collection) => [collection.id, labelOf(collection.title)])), [collections.data, labelOf]);
}

export function useCollection(id: string) {
  return useQuery({ queryKey: collectionKeys.one(id), queryFn: ({ signal }) => fetchCollection(id, signal), enabled: isUuid(id) });
}

/** Moderators' changes; every collection list and page (the home page's too) is read again after one. */
function useCollectionMutation<Variables, Result>(mutationFn: (variables: Variables) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: collectionKeys.all }) });
}

/** Creates a collection, or replaces every field of an existing one. */
export function useSaveCollection() {
  return useCollectionMutation(({ id, input }: { id?: string; input: CollectionInput }) => (id ? updateCollection(id, input) : createCollection(input)));
}

export function useSetCollectionFeatured() {
  return useCollectionMutation(({ id, featured }: { id: string; featured: boolean }) => updateCollection(id, { featured }));
}

export function useDeleteCollection() {
  return useCollectionMutation((id: string) => deleteCollection(id));
}
