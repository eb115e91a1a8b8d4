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
 * numeric columns (start_year, adaptation_count) and featured are written as they are, a
 * negative number included: they come from typed values, never from text someone typed, so they
 * cannot hold a formula. JSON holds every value unchanged.
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
  'failure_causes',
  'failure_stage',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** At most this many case studies per export. */
export const EXPORT_MAX_RECORDS = 10_000;

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
  /** Why a partial success or a failure fell short (FAILURE_CAUSES); empty for the others. */
  failure_causes: string[];
  /** FAILURE_STAGES; empty for a success or an ongoing practice. */
  failure_stage: string;
}
