import { type CaseStudyLanguage, type PopulationBand, type Theme } from '@twinning/contracts';
import { type Transaction } from '../database/transaction';

/** The value a request that takes a partner of any size carries in `partnerPopulationBands`. */
export const ANY_POPULATION_BAND = 'any';

/** The values a size filter matches: the sizes asked for, and requests that take any size. */
export function populationBandFilterValues(bands: readonly string[]): string[] {
  return [...bands, ANY_POPULATION_BAND];
}

/** What the search index holds of one partner request: flat, with everything people filter on. */
export interface PartnerRequestDocument {
  id: string;
  title: string;
  description: string;
  /** What it offers and seeks, joined. */
  offersAndSeeks: string;
  municipalityNames: string[];
  municipalityId: string;
  country: string;
  themes: Theme[];
  sdgs: number[];
  languages: CaseStudyLanguage[];
  programmeId: string | null;
  /** The sizes of partner it wants; [ANY_POPULATION_BAND] when any. */
  partnerPopulationBands: (PopulationBand | typeof ANY_POPULATION_BAND)[];
  /** The deadline as the number YYYYMMDD, so "open" is a range filter on today's. */
  deadlineDay: number;
  createdAt: number;
}

export const PARTNER_REQUEST_INDEX = 'partner_requests';

export const PARTNER_REQUEST_INDEX_SETTINGS = {
  searchableAttributes: ['title', 'offersAndSeeks', 'description', 'municipalityNames'],
  filterableAttributes: ['themes', 'sdgs', 'country', 'languages', 'programmeId', 'partnerPopulationBands', 'deadlineDay', 'municipalityId'],
  sortableAttributes: ['createdAt', 'deadlineDay'],
  displayedAttributes: ['id'],
  pagination: { maxTotalHits: 100_000 },
  faceting: { maxValuesPerFacet: 200 },
};

/** YYYY-MM-DD as the number YYYYMMDD. */
export function dayNumber(day: string): number {
  return Number(day.replaceAll('-', ''));
}

interface PartnerRequestRow {
  id: string;
  title: string;
  description: string;
  offers: string;
  seeks: string;
  name_local: string;
  name_en: string;
  municipality_id: string;
  country: string;
  themes: Theme[];
  sdgs: number[];
  languages: CaseStudyLanguage[];
  funding_programme_id: string | null;
  partner_population_bands: PopulationBand[];
  deadline: string;
  created_at: Date;
}

/** The search documents of those of these requests that still exist. */
export async function loadPartnerRequestDocuments(transaction: Transaction, ids: string[]): Promise<PartnerRequestDocument[]> {
  if (ids.length === 0) return [];
  const rows = (await transaction.query(
    `SELECT r.id, r.title, r.description, r.offers, r.seeks, m.name_local, m.name_en, m.id AS municipality_id, m.country, r.themes, r.sdgs, r.languages,
            r.funding_programme_id, r.partner_population_bands, to_char(r.deadline, 'YYYY-MM-DD') AS deadline, r.created_at
     FROM partner_requests r JOIN municipalities m ON m.id = r.municipality_id WHERE r.id = ANY($1::uuid[])`,
    [ids],
  )) as PartnerRequestRow[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    offersAndSeeks: `${row.offers}\n\n${row.seeks}`,
    municipalityNames: [...new Set([row.name_local, row.name_en])],
    municipalityId: row.municipality_id,
    country: row.country,
    themes: row.themes,
    sdgs: row.sdgs.map(Number),
    languages: row.languages,
    programmeId: row.funding_programme_id,
    partnerPopulationBands: row.partner_population_bands.length > 0 ? row.partner_population_bands : [ANY_POPULATION_BAND],
    deadlineDay: dayNumber(row.deadline),
    createdAt: row.created_at.getTime(),
  }));
}
