import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type PagedFilters } from '../utils/url-filters';

/**
 * A list's filters, read from and written to the URL. `parse` and `toParams` must be stable
 * (module-level) functions. Changing a filter starts again from the first page, since other
 * results mean other pages; setting one to the value it has already changes nothing.
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
          const previous = parse(current);
          const next = { ...previous, ...patch };
          const filterChanged = (Object.keys(patch) as (keyof Filters)[]).some(
            (key) => key !== 'page' && patch[key] !== previous[key],
          );
          if (filterChanged && patch.page === undefined) next.page = 1;
          return toParams(next);
        },
        { replace: options.replace },
      );
    },
    [parse, toParams, setSearchParams],
  );

  return { filters, updateFilters };
}
