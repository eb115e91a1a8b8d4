import { type AnonymousOrigin, type MunicipalityKind, POPULATION_BAND_LIMITS } from '@twinning/contracts';

/**
 * How precisely an anonymous case study may say where it comes from. "A district municipality in
 * Türkiye" names a crowd only while the portal holds at least `minTowns` such towns; with fewer
 * it says less: the country alone, then nothing. The one rule, here in TypeScript for mappers
 * and search documents and as SQL for queries that filter or count by country.
 */
export interface TownCounts {
  /** Towns of the portal in the town's country. */
  inCountry: number;
  /** Towns of the portal in that country of the same kind. */
  ofKindInCountry: number;
}

export function anonymousOriginOf(town: { country: string; kind: MunicipalityKind }, counts: TownCounts, minTowns: number): AnonymousOrigin {
  if (counts.ofKindInCountry >= minTowns) return { country: town.country, kind: town.kind };
  if (counts.inCountry >= minTowns) return { country: town.country, kind: null };
  return { country: null, kind: null };
}

/** Columns counting the towns that share the country (and kind) of `m` (the municipalities row of the query). */
export const TOWN_COUNT_COLUMNS = `(SELECT count(*)::int FROM municipalities t WHERE t.country = m.country) AS towns_in_country,
  (SELECT count(*)::int FROM municipalities t WHERE t.country = m.country AND t.kind = m.kind) AS towns_of_kind_in_country`;

/**
 * The country a published case study (`cs`, town `m`) may be counted or filtered under: its
 * town's, unless it is anonymous and fewer than `minTowns` towns share that country.
 */
export function disclosedCountrySql(minTowns: number): string {
  return `CASE WHEN NOT cs.published_anonymously OR (SELECT count(*) FROM municipalities t WHERE t.country = m.country) >= ${Math.trunc(minTowns)} THEN m.country END`;
}

/**
 * SQL for the size band of a published case study's town (`cs`, `m` as in disclosedCountrySql);
 * none for an anonymous case study: a size band with a country can fit one town.
 */
export const DISCLOSED_POPULATION_BAND_SQL = `CASE WHEN NOT cs.published_anonymously THEN CASE ${POPULATION_BAND_LIMITS.map(([band, below]) => `WHEN m.population < ${below} THEN '${band}'`).join(' ')} ELSE 'over_1m' END END`;

/** Lookup of town counts for many towns at once: one small query, then any number of origins. */
export class TownCountTable {
  private readonly byCountry = new Map<string, number>();
  private readonly byCountryAndKind = new Map<string, number>();

  constructor(
    rows: { country: string; kind: MunicipalityKind; count: number }[],
    private readonly minTowns: number,
  ) {
    for (const { country, kind, count } of rows) {
      this.byCountry.set(country, (this.byCountry.get(country) ?? 0) + count);
      this.byCountryAndKind.set(`${country}/${kind}`, count);
    }
  }

  originOf(town: { country: string; kind: MunicipalityKind }): AnonymousOrigin {
    const counts = { inCountry: this.byCountry.get(town.country) ?? 0, ofKindInCountry: this.byCountryAndKind.get(`${town.country}/${town.kind}`) ?? 0 };
    return anonymousOriginOf(town, counts, this.minTowns);
  }
}
