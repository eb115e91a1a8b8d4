import { useMemo } from 'react';
import { useFormatters } from '../../../i18n';
import { TWINNING_COUNTRIES } from '../utils/countries';

export interface CountryOption {
  value: string;
  label: string;
}

/** The filterable countries, named and sorted in the current language. */
export function useCountryOptions(): CountryOption[] {
  const { countryName, compareText } = useFormatters();
  return useMemo(
    () =>
      TWINNING_COUNTRIES.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) =>
        compareText(a.label, b.label),
      ),
    [countryName, compareText],
  );
}
