import { type CountByKey, type FailureCause, type FailureCauseCount, FAILURE_CAUSES, type StatisticsReport } from '@twinning/contracts';

/** One failure cause with how many stories name it, and where they come from. */
export interface FailureCauseGroup {
  cause: FailureCause;
  count: number;
  byTheme: CountByKey[];
  byCountry: CountByKey[];
  byPopulationBand: CountByKey[];
}

const of = (cause: FailureCause, counts: readonly FailureCauseCount[]): CountByKey[] =>
  counts.filter((entry) => entry.cause === cause).map(({ key, count }) => ({ key, count }));

/** The causes the report counts, most often named first (ties in the vocabulary's order), each with its breakdowns. */
export function failureCauseGroups(report: Pick<StatisticsReport, 'byFailureCause' | 'failureCauses'>): FailureCauseGroup[] {
  return report.byFailureCause
    .flatMap(({ key, count }) => {
      const cause = FAILURE_CAUSES.find((known) => known === key);
      return cause ? [{ cause, count }] : [];
    })
    .sort((a, b) => b.count - a.count || FAILURE_CAUSES.indexOf(a.cause) - FAILURE_CAUSES.indexOf(b.cause))
    .map(({ cause, count }) => ({
      cause,
      count,
      byTheme: of(cause, report.failureCauses.byTheme),
      byCountry: of(cause, report.failureCauses.byCountry),
      byPopulationBand: of(cause, report.failureCauses.byPopulationBand),
    }));
}
