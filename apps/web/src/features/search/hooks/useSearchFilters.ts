import { useCallback } from 'react';
import { useUrlFilters } from '../../../common/hooks/useUrlFilters';
import { hasActiveFilters, parseSearchFilters, searchFiltersToParams, withoutFilters } from '../utils/search-filters';

/** The search, its filters, sort and page, read from and written to the URL. */
export function useSearchFilters() {
  const { filters, updateFilters } = useUrlFilters(parseSearchFilters, searchFiltersToParams);
  const clearFilters = useCallback(() => updateFilters(withoutFilters()), [updateFilters]);
  return { filters, updateFilters, clearFilters, hasFilters: hasActiveFilters(filters) };
}
