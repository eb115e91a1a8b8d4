import type { FailureCauseEntry, FundingSource, Indicator } from './case-studies';

/**
 * The open-data export of published case studies (GET /api/v1/search/export, with the search's
 * parameters). One record per case study; this list is the schema, in this order, and it only
 * ever grows at the end. CSV follows RFC 4180 (UTF-8, comma-separated, fields quoted when they
 * hold a comma, a quote or a line break, quotes doubled); lists inside a CSV field are joined
 * with "; ". JSON is an array of objects with these keys.
 *
 * No CSV cell runs as a formula in a spreadsheet (OWASP's CSV injection advice): a text cell
 * that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a `'` before
 * it, and quoted; a title "=SUM(A1)" arrives as "'=SUM(A1)", and a text "-5" as "'-5". The
 * numeric columns (start_year, adaptation_count, budget_amount, co_financing_percent) and
 * featured are written as they are, a negative number included: they come from typed values,
 * never from text someone typed, so they cannot hold a formula. An empty value (null) is an empty
 * cell. The structured columns (indicators, failure_causes, funding_sources) are lists of objects:
 * JSON holds them as they are, a CSV cell holds them as JSON text. JSON holds every value unchanged.
 *
 * Every record is published under the licence in `licence` (OPEN_DATA_LICENCE); the response
 * names it in a `Link: <…>; rel="license"` header too.
 */
export const EXPORT_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'language',
  'outcome',
  'sdgs',
  'themes',
  'country',
  'municipality',
  'start_year',
  'published_at',
  'adaptation_count',
  'featured',
  'sdg_targets',
  'context',
  'what_was_done',
  'results',
  'indicators',
  'what_worked',
  'what_did_not_work',
  'what_we_would_do_differently',
  'failure_causes',
  'failure_stage',
  'salvaged',
  'preconditions',
  'tips_for_adopters',
  'budget_amount',
  'budget_currency',
  'funding_sources',
  'co_financing_percent',
  'after_funding',
  'staff_and_time',
  'start_date',
  'end_date',
  'licence',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** At most this many case studies per export. */
export const EXPORT_MAX_RECORDS = 10_000;

/** The licence of the open data: anyone may reuse it, naming Twinning Exchange and the town. */
export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export interface ExportRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  language: string;
  outcome: string;
  sdgs: number[];
  themes: string[];
  /** Empty for an anonymous case study whose country would narrow it to too few towns. */
  country: string;
  /** The town's own name; empty for a case study published without naming its town. */
  municipality: string;
  start_year: number;
  published_at: string;
  adaptation_count: number;
  featured: boolean;
  /** Official SDG target numbers ("11.6"). */
  sdg_targets: string[];
  context: string;
  what_was_done: string;
  results: string;
  indicators: Indicator[];
  what_worked: string;
  what_did_not_work: string;
  what_we_would_do_differently: string;
  failure_causes: FailureCauseEntry[];
  failure_stage: string;
  salvaged: string;
  preconditions: string;
  tips_for_adopters: string;
  budget_amount: number | null;
  budget_currency: string;
  funding_sources: FundingSource[];
  co_financing_percent: number | null;
  after_funding: string;
  staff_and_time: string;
  /** YYYY-MM-DD, or empty. */
  start_date: string;
  end_date: string;
  /** The licence's address (OPEN_DATA_LICENCE.url). */
  licence: string;
}
