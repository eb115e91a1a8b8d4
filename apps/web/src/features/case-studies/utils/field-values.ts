import {
  CONTINUED_AFTER_FUNDING_LABELS,
  type ContinuedAfterFunding,
  FAILURE_CAUSE_LABELS,
  FAILURE_STAGE_LABELS,
  FUNDING_SOURCE_KIND_LABELS,
  OUTCOME_LABELS,
  SDGS,
  THEME_LABELS,
  type FailureCauseEntry,
  type FailureStage,
  type FundingSource,
  type Indicator,
  type Outcome,
  type Theme,
} from '@twinning/contracts';
import { type TFunction } from 'i18next';
import { type Formatters } from '../../../i18n';

/**
 * A field's value in words, for the before/after of a revision diff: vocabulary labels in the
 * reader's language, dates and numbers formatted, one line per row of a list. The diff's values
 * come untyped (`unknown`), so each is checked before it is read.
 */
export function describeFieldValue(field: string, value: unknown, formatters: Formatters, t: TFunction, programmeNames: ReadonlyMap<string, string> = new Map()): string {
  const { labelOf, languageName, formatNumber, formatCalendarDate } = formatters;
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) {
    return t('diff.empty');
  }
  const name = /^\w+$/.test(field) ? field : '';
  if (typeof value === 'string') {
    if (name === 'outcome' && value in OUTCOME_LABELS) return labelOf(OUTCOME_LABELS[value as Outcome]);
    if (name === 'failureStage' && value in FAILURE_STAGE_LABELS) return labelOf(FAILURE_STAGE_LABELS[value as FailureStage]);
    if (name === 'language') return languageName(value);
    if (name === 'continuedAfterFunding' && value in CONTINUED_AFTER_FUNDING_LABELS) return labelOf(CONTINUED_AFTER_FUNDING_LABELS[value as ContinuedAfterFunding]);
    if (name === 'startDate' || name === 'endDate') return formatCalendarDate(value);
    return value;
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? t('diff.yes') : t('diff.no');
  if (!Array.isArray(value)) return JSON.stringify(value);

  switch (name) {
    case 'sdgs':
      return value
        .map((goal) => {
          const sdg = SDGS.find((candidate) => candidate.number === goal);
          return sdg ? `${sdg.number} · ${labelOf(sdg.label)}` : String(goal);
        })
        .join(', ');
    case 'themes':
      return value.map((theme: Theme) => (THEME_LABELS[theme] ? labelOf(THEME_LABELS[theme]) : String(theme))).join(', ');
    case 'partnerMunicipalityIds':
      return t('diff.towns', { count: value.length });
    case 'indicators':
      return (value as Indicator[])
        .map((indicator) =>
          t('diff.indicator', {
            name: indicator.name,
            baseline: indicator.baseline ?? '—',
            target: indicator.target ?? '—',
            achieved: indicator.achieved ?? '—',
            unit: indicator.unit,
          }).trim(),
        )
        .join('\n');
    case 'fundingSources':
      return (value as FundingSource[])
        .map((source) => {
          const kind = FUNDING_SOURCE_KIND_LABELS[source.kind] ? labelOf(FUNDING_SOURCE_KIND_LABELS[source.kind]) : source.kind;
          const programme = source.programmeId ? (programmeNames.get(source.programmeId) ?? t('caseStudyForm.fundingSources.archivedProgramme')) : source.programmeName;
          const named = programme ? `${kind}: ${programme}` : kind;
          return typeof source.amount === 'number' ? `${named} · ${formatNumber(source.amount)}` : named;
        })
        .join('\n');
    case 'failureCauses':
      return (value as FailureCauseEntry[])
        .map((entry) => {
          const cause = FAILURE_CAUSE_LABELS[entry.cause] ? labelOf(FAILURE_CAUSE_LABELS[entry.cause]) : entry.cause;
          return entry.note ? `${cause}: ${entry.note}` : cause;
        })
        .join('\n');
    default:
      return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join('\n');
  }
}
