import { type SearchFacet } from '@twinning/contracts';
import { useTranslation } from 'react-i18next';
import { type FilterChip } from '../components/ActiveFilters';
import { LIST_FACETS, toggleFacetValue, type SearchFilters } from '../utils/search-filters';

/** A chip for every filter in force, named as its checkbox or field is. */
export function useFilterChips(
  filters: SearchFilters,
  labelOfValue: (facet: SearchFacet, value: string) => string,
  townNames: ReadonlyMap<string, string>,
  ownTownId: string | null,
): FilterChip[] {
  const { t } = useTranslation();
  const chips: FilterChip[] = LIST_FACETS.flatMap((facet) =>
    filters.facets[facet].map((value) => ({
      key: `${facet}:${value}`,
      label: labelOfValue(facet, value),
      removal: { facets: toggleFacetValue(filters.facets, facet, value) },
    })),
  );
  if (filters.yearFrom !== null) {
    chips.push({ key: 'year_from', label: t('search.yearFromChip', { year: filters.yearFrom }), removal: { yearFrom: null } });
  }
  if (filters.yearTo !== null) {
    chips.push({ key: 'year_to', label: t('search.yearToChip', { year: filters.yearTo }), removal: { yearTo: null } });
  }
  if (filters.partnersOf !== null) {
    chips.push({
      key: 'partners_of',
      label:
        filters.partnersOf === ownTownId
          ? t('search.onlyMyPartners')
          : t('search.partnersOf', { town: townNames.get(filters.partnersOf) ?? t('search.unknownTown') }),
      removal: { partnersOf: null },
    });
  }
  return chips;
}
