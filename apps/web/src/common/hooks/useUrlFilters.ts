import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type PagedFilters } from '../utils/url-filters';

/**
 * A list's filters, read from and written to the URL. `parse` and `toParams` must be stable
 * (module-level) functions. Changing a filter starts again from the first page.
 */
export function useUrlFilters<Filters extends PagedFilters>(
  parse: (params: URLSearchParams) => Filters,
  toParams: (filters: Filters) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parse(searchParams), [parse, searchParams]);

  const updateFilters = useCallback(
    (patch: Partial<Filters>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const next = { ...parse(current), ...patch };
          if (patch.page === undefined) next.page = 1;
          return toParams(next);
        },
        { replace: options.replace },
      );
    },
    [parse, toParams, setSearchParams],
  );

  return { filters, updateFilters };
}
