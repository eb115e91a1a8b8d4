import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseTownFilters, SEARCH_FILTER_KEYS, toTownSearchParams, type TownFilters } from '../utils/town-filters';

export function useTownFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseTownFilters(searchParams), [searchParams]);

  const updateFilters = useCallback(
    (patch: Partial<TownFilters>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const previous = parseTownFilters(current);
          const next = { ...previous, ...patch };
          // Other results mean other pages: a changed search starts again from its first page.
          const searchChanged = SEARCH_FILTER_KEYS.some((key) => key in patch && patch[key] !== previous[key]);
          if (searchChanged && patch.page === undefined) next.page = 1;
          return toTownSearchParams(next);
        },
        { replace: options.replace },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => setSearchParams(new URLSearchParams()), [setSearchParams]);

  const hasFilters = Boolean(filters.q || filters.country || filters.kind);

  return { filters, hasFilters, updateFilters, clearFilters };
}
