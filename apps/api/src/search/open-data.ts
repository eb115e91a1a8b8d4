import { EXPORT_COLUMNS, type ExportRecord, type SearchHit } from '@twinning/contracts';

export function toExportRecord(hit: SearchHit, publicUrl: string): ExportRecord {
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
    failure_causes: hit.failureCauses,
    failure_stage: hit.failureStage ?? '',
  };
}

/** What a spreadsheet may read as the start of a formula (OWASP, CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: quoted when it holds a comma, a quote or a line break, with quotes doubled.
 * Text that a spreadsheet could run as a formula gets a leading `'` and is always quoted. Numbers
 * and booleans are written as they are: they come from typed fields, so they cannot carry a
 * formula, and a spreadsheet reads `-5` as the number it is.
 */
export function csvField(value: string | number | boolean | readonly (string | number)[]): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value.join('; ');
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(records: ExportRecord[]): string {
  const lines = [EXPORT_COLUMNS.join(','), ...records.map((record) => EXPORT_COLUMNS.map((column) => csvField(record[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
