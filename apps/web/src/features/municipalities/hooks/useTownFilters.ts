import { useCallback } from 'react';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { parseTownFilters, toTownSearchParams } from '../utils/town-filters';

/** The towns search (the public list and the admin one), read from and written to the URL. */
export function useTownFilters() {
  const { filters, updateFilters } = useUrlFilters(parseTownFilters, toTownSearchParams);
  const clearFilters = useCallback(() => updateFilters({ q: '', country: null, kind: null }), [updateFilters]);
  const hasFilters = Boolean(filters.q || filters.country || filters.kind);
  return { filters, hasFilters, updateFilters, clearFilters };
}
