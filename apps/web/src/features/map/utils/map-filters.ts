import { THEMES, type CountryCode, type MapQuery, type Theme } from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';
import { filtersToParams, type PagedFilters } from '../../../common/utils/url-filters';
import { isTwinningCountry } from '../../municipalities/utils/countries';

/** The map page's filters, in the URL so a view can be shared; the list beside the map has no pages. */
export interface MapFilters extends PagedFilters {
  country: CountryCode | null;
  theme: Theme | null;
}

export function parseMapFilters(params: URLSearchParams): MapFilters {
  const country = params.get('country')?.toUpperCase() ?? '';
  const theme = params.get('theme');
  return { country: isTwinningCountry(country) ? country : null, theme: isOneOf(theme, THEMES) ? theme : null, page: 1 };
}

export function toMapSearchParams(filters: MapFilters): URLSearchParams {
  return filtersToParams({ country: filters.country, theme: filters.theme });
}

export function toMapQuery(filters: MapFilters): MapQuery {
  return { country: filters.country ?? undefined, theme: filters.theme ?? undefined };
}
