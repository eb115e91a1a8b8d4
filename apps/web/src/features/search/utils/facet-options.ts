import { FAILURE_STAGES, FUNDING_SOURCE_KINDS, OUTCOMES, POPULATION_BANDS, SDG_TARGET_NUMBERS, type FacetValue } from '@twinning/contracts';
import { type ListFacet } from './search-filters';

/** One tickable value of a facet, as the sidebar shows it. */
export interface FacetOption {
  value: string;
  label: string;
  /** Null for a ticked value the current results no longer count (another filter hid it). */
  count: number | null;
  selected: boolean;
}

/** Facets with a natural order (the goals' numbers, the outcomes, the size bands) keep it. */
const NATURAL_ORDER: Partial<Record<ListFacet, (value: string) => number>> = {
  sdg: Number,
  sdg_target: (value) => SDG_TARGET_NUMBERS.indexOf(value),
  failure_stage: (value) => (FAILURE_STAGES as readonly string[]).indexOf(value),
  outcome: (value) => (OUTCOMES as readonly string[]).indexOf(value),
  funding: (value) => (FUNDING_SOURCE_KINDS as readonly string[]).indexOf(value),
  population_band: (value) => (POPULATION_BANDS as readonly string[]).indexOf(value),
};

/** Open-ended facets show this many values (and every ticked one) until asked for all. */
export const FACET_VISIBLE_LIMIT: Partial<Record<ListFacet, number>> = {
  municipality: 12,
  sdg_target: 12,
  programme: 12,
};

/**
 * The values to offer for a facet: those the API counted, plus any ticked value it did not (so
 * it can still be unticked), in the facet's natural order or else the most frequent first.
 */
export function facetOptions(
  facet: ListFacet,
  counted: readonly FacetValue[],
  selected: readonly string[],
  labelOf: (value: string, apiLabel?: string) => string,
  compareText: (a: string, b: string) => number,
): FacetOption[] {
  const options: FacetOption[] = counted.map((entry) => ({
    value: entry.value,
    label: labelOf(entry.value, entry.label),
    count: entry.count,
    selected: selected.includes(entry.value),
  }));
  for (const value of selected) {
    if (!options.some((option) => option.value === value)) {
      options.push({ value, label: labelOf(value), count: null, selected: true });
    }
  }
  const position = NATURAL_ORDER[facet];
  return options.sort((a, b) =>
    position
      ? position(a.value) - position(b.value)
      : (b.count ?? 0) - (a.count ?? 0) || compareText(a.label, b.label),
  );
}

/** The options to show while the list is folded: the first ones, and every ticked one. */
export function visibleFacetOptions(facet: ListFacet, options: FacetOption[], showAll: boolean): FacetOption[] {
  const limit = FACET_VISIBLE_LIMIT[facet];
  if (showAll || limit === undefined) return options;
  return options.filter((option, index) => index < limit || option.selected);
}
