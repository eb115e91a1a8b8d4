import { ADAPTATION_STATUSES, OUTCOMES, type AdaptationStatus, type CountByKey, type StatisticsReport } from '@twinning/contracts';
import { isOneOf } from '../../../common/utils/is-one-of';

/*
 * The API sends every breakdown most frequent first. Two read better in their own order: the
 * outcomes from success to ongoing, and the years as a time line.
 */

export function inOutcomeOrder(counts: readonly CountByKey[]): CountByKey[] {
  const position = (key: string) => {
    const index = (OUTCOMES as readonly string[]).indexOf(key);
    return index === -1 ? OUTCOMES.length : index;
  };
  return [...counts].sort((a, b) => position(a.key) - position(b.key));
}

/** The years as a time line: a year without a case study between two with some shows 0, not a gap that hides it. */
export function inYearOrder(counts: readonly CountByKey[]): CountByKey[] {
  const sorted = sortedByYear(counts);
  if (sorted.length === 0 || !sorted.every((entry) => /^\d{4}$/.test(entry.key))) return sorted;
  const byYear = new Map(sorted.map((entry) => [Number(entry.key), entry.count]));
  const first = Number(sorted[0].key);
  const last = Number(sorted[sorted.length - 1].key);
  return Array.from({ length: last - first + 1 }, (_, offset) => ({ key: String(first + offset), count: byYear.get(first + offset) ?? 0 }));
}

/** Rows keyed by year (money per currency), oldest first; no year is filled in, as a row holds more than a count. */
export function sortedByYear<Entry extends { key: string }>(rows: readonly Entry[]): Entry[] {
  return [...rows].sort((a, b) => Number(a.key) - Number(b.key) || a.key.localeCompare(b.key));
}

export interface MonthOfAdaptations {
  /** YYYY-MM */
  month: string;
  /** How many adaptations reached each status in that month. */
  reached: Record<AdaptationStatus, number>;
}

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;

function noneReached(): Record<AdaptationStatus, number> {
  return { exploring: 0, planning: 0, piloting: 0, implemented: 0, discontinued: 0 };
}

/** Every month from `first` to `last`, both included, as YYYY-MM; empty when either is not a month. */
export function monthsBetween(first: string, last: string): string[] {
  const from = MONTH_PATTERN.exec(first);
  const to = MONTH_PATTERN.exec(last);
  if (!from || !to) return [];
  const months: string[] = [];
  let year = Number(from[1]);
  let month = Number(from[2]);
  const end = Number(to[1]) * 12 + Number(to[2]);
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/**
 * The API lists only months with activity; the quiet months between them are filled in with
 * zeros, so the time line keeps its scale and a pause shows as a pause.
 */
export function adaptationsByMonth(entries: StatisticsReport['adaptationsOverTime']): MonthOfAdaptations[] {
  const byMonth = new Map<string, Record<AdaptationStatus, number>>();
  for (const { month, status, count } of entries) {
    const reached = byMonth.get(month) ?? noneReached();
    if (isOneOf(status, ADAPTATION_STATUSES)) reached[status] += count;
    byMonth.set(month, reached);
  }
  const active = [...byMonth.keys()].sort();
  if (active.length === 0) return [];
  const timeLine = active.every((month) => MONTH_PATTERN.test(month)) ? monthsBetween(active[0], active[active.length - 1]) : active;
  return timeLine.map((month) => ({ month, reached: byMonth.get(month) ?? noneReached() }));
}

/** Every adaptation starts out exploring, so the adaptations that reached it are those started. */
export function adaptationsStarted(entries: StatisticsReport['adaptationsOverTime']): number {
  return entries.reduce((total, entry) => (entry.status === 'exploring' ? total + entry.count : total), 0);
}
