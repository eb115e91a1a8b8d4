import type { AdaptationStatus } from './adaptations';
import type { Currency } from './vocabularies';

export interface CountByKey {
  key: string;
  count: number;
}

/**
 * Money that funding sources brought to published practices, summed per currency: amounts are in
 * each case study's own budget currency and are never converted (no exchange rate would be right
 * for every year), so one key may have a row per currency.
 */
export interface MoneyByKey {
  key: string;
  currency: Currency;
  amount: number;
  /** Practices with an amount in this currency under this key. */
  caseStudies: number;
}

export interface FundingStatistics {
  /** Key: the catalogue programme's id; `name` its name. Sources outside the catalogue are left out. */
  byProgramme: (MoneyByKey & { name: string })[];
  /** Key: ISO 3166-1 alpha-2; an anonymous case study counts only where its origin may name its country. */
  byCountry: MoneyByKey[];
  /** Key: the year the practice started. */
  byYear: MoneyByKey[];
  /** Practices with at least one funding source other than the town's own budget, by their answer to "did it go on after the funding ended?" (`yes`, `partly`, `no`, `unanswered`). */
  continuedAfterFunding: CountByKey[];
}

/** Public statistics of the portal (GET /api/v1/statistics). Only published, not archived case studies count. */
export interface StatisticsReport {
  publishedCaseStudies: number;
  /** Towns on the portal. */
  municipalities: number;
  /** Twinnings that are still active. */
  activePartnerships: number;
  bySdg: CountByKey[];
  byTheme: CountByKey[];
  byOutcome: CountByKey[];
  byCountry: CountByKey[];
  /** By the year the practice started. */
  byYear: CountByKey[];
  /** For each month with activity (YYYY-MM), how many adaptations reached each status then. */
  adaptationsOverTime: { month: string; status: AdaptationStatus; count: number }[];
  /** The ten most adapted practices. */
  mostAdapted: { caseStudyId: string; title: string; adaptations: number }[];
  funding: FundingStatistics;
}
