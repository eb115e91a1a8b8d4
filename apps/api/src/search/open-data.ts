import { type CaseStudyContent, EXPORT_COLUMNS, type ExportColumn, type ExportRecord, OPEN_DATA_LICENCE, type SearchHit } from '@twinning/contracts';

/**
 * One case study's open-data record: the hit's public facts and every public field of its
 * published content. Contact details and partner towns are not public (they can name an
 * anonymous town), so they are never exported.
 */
export function toExportRecord(hit: SearchHit, content: CaseStudyContent, publicUrl: string): ExportRecord {
  return {
    id: hit.id,
    url: `${publicUrl}/case-studies/${hit.id}`,
    title: hit.title,
    summary: hit.summary,
    language: hit.language,
    outcome: hit.outcome,
    sdgs: hit.sdgs,
    themes: hit.themes,
    country: hit.country ?? '',
    municipality: hit.municipality?.nameLocal ?? '',
    start_year: hit.year,
    published_at: hit.publishedAt,
    adaptation_count: hit.adaptationCount,
    featured: hit.featured,
    sdg_targets: hit.sdgTargets,
    context: content.context,
    what_was_done: content.whatWasDone,
    results: content.results,
    indicators: content.indicators,
    what_worked: content.whatWorked,
    what_did_not_work: content.whatDidNotWork,
    what_we_would_do_differently: content.whatWeWouldDoDifferently,
    failure_causes: content.failureCauses,
    failure_stage: content.failureStage ?? '',
    salvaged: content.salvaged,
    preconditions: content.preconditions,
    tips_for_adopters: content.tipsForAdopters,
    budget_amount: content.budgetAmount,
    budget_currency: content.budgetCurrency ?? '',
    funding_sources: content.fundingSources,
    co_financing_percent: content.coFinancingPercent,
    after_funding: content.afterFunding,
    staff_and_time: content.staffAndTime,
    start_date: content.startDate ?? '',
    end_date: content.endDate ?? '',
    licence: OPEN_DATA_LICENCE.url,
  };
}

/** A list in one cell: plain values joined with "; ", objects as JSON text. */
function listText(list: readonly (string | number | object)[]): string {
  return list.some((item) => typeof item === 'object') ? JSON.stringify(list) : list.join('; ');
}

/** What a spreadsheet may read as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * Text that a spreadsheet could run as a formula gets a leading `'` and is always quoted. Numbers
 * and booleans are written as they are (null as an empty cell): they come from typed fields, so
 * they cannot carry a formula, and a spreadsheet reads `-5` as the number it is.
 */
export function csvField(value: ExportRecord[ExportColumn]): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : listText(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: ExportRecord[]): string {
  const lines = [EXPORT_COLUMNS.join(','), ...records.map((record) => EXPORT_COLUMNS.map((column) => csvField(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
