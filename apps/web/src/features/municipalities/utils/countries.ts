import { type CountryCode } from '@twinning/contracts';

/**
 * The countries of the Turkey–EU town twinning programme: Türkiye and the 27 EU member states.
 * The API cannot list the countries present in a result, so the filter offers this fixed set.
 * ISO 3166-1 alpha-2, as the API expects (Greece is GR, not the EU's own "EL").
 */
export const TWINNING_COUNTRIES: readonly CountryCode[] = [
  'TR',
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
];

export function isTwinningCountry(code: string): boolean {
  return TWINNING_COUNTRIES.includes(code);
}
