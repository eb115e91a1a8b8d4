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

/**
 * Roughly the middle of each country of the programme, [latitude, longitude]: where the map puts
 * an anonymous case study, which may name its country but never its town.
 */
export const COUNTRY_CENTRES: Readonly<Record<CountryCode, [number, number]>> = {
  TR: [39.0, 35.2],
  AT: [47.6, 14.1],
  BE: [50.6, 4.6],
  BG: [42.7, 25.3],
  HR: [45.1, 15.6],
  CY: [35.0, 33.2],
  CZ: [49.8, 15.5],
  DK: [56.0, 9.4],
  EE: [58.7, 25.5],
  FI: [64.5, 26.0],
  FR: [46.6, 2.4],
  DE: [51.1, 10.4],
  GR: [39.3, 22.0],
  HU: [47.2, 19.4],
  IE: [53.2, -8.1],
  IT: [42.8, 12.6],
  LV: [56.9, 24.9],
  LT: [55.3, 23.9],
  LU: [49.8, 6.1],
  MT: [35.9, 14.4],
  NL: [52.2, 5.5],
  PL: [52.1, 19.4],
  PT: [39.6, -8.0],
  RO: [45.9, 24.9],
  SK: [48.7, 19.6],
  SI: [46.1, 14.8],
  ES: [40.2, -3.6],
  SE: [62.0, 15.0],
};
