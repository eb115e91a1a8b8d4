import type { AdaptationStatus } from './adaptations';
import type { MunicipalitySummary } from './municipalities';
import type { PartnershipActivityKind } from './partnerships';
import type { Currency, FailureCause } from './vocabularies';

export interface CountByKey {
  key: string;
  count: number;
}

/** How many case studies name a failure cause and have a value (a theme, a country, a size band). */
export interface FailureCauseCount {
  cause: FailureCause;
  key: string;
  count: number;
}

/**
 * Why practices fail, beside what they are about and where. An anonymous case study counts
 * under its country only where its origin may name it, and under no town size.
 */
export interface FailureCauseBreakdown {
  byTheme: FailureCauseCount[];
  byCountry: FailureCauseCount[];
  /** Keys are POPULATION_BANDS. */
  byPopulationBand: FailureCauseCount[];
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

/**
 * The portal's totals (GET /api/v1/statistics/summary): the key figures the home page shows,
 * without the report's breakdowns. Equal to the same figures of the full report.
 */
export interface StatisticsSummary {
  publishedCaseStudies: number;
  /** Towns on the portal. */
  municipalities: number;
  /** Twinnings that are still active. */
  activePartnerships: number;
  /** Adaptations ever started (each reached "exploring" when it began). */
  adaptationsStarted: number;
}

/** Public statistics of the portal (GET /api/v1/statistics). Only published, not archived case studies count. */
export interface StatisticsReport {
  publishedCaseStudies: number;
  /** Towns on the portal. */
  municipalities: number;
  /** Twinnings that are still active. */
  activePartnerships: number;
  bySdg: CountByKey[];
  /** Official target numbers ("11.6"). */
  bySdgTarget: CountByKey[];
  byTheme: CountByKey[];
  byOutcome: CountByKey[];
  byCountry: CountByKey[];
  /** By the year the practice started. */
  byYear: CountByKey[];
  byFailureCause: CountByKey[];
  byFailureStage: CountByKey[];
  failureCauses: FailureCauseBreakdown;
  /** For each month with activity (YYYY-MM), how many adaptations reached each status then. */
  adaptationsOverTime: { month: string; status: AdaptationStatus; count: number }[];
  /** The ten most adapted practices. */
  mostAdapted: { caseStudyId: string; title: string; adaptations: number }[];
  funding: FundingStatistics;
}

/**
 * The capacity towns build together (GET /api/v1/statistics/capacity). Only public activities
 * count, and only practices published under their town's name: numbers never reveal more than
 * the pages they sum up.
 */
export interface CapacityStatistics {
  /** Activities by the year they started, each counted once. */
  activitiesByYear: { year: number; kind: PartnershipActivityKind; activities: number; participants: number }[];
  /** Activities by the year they started and each country of the two towns (an activity of a Turkish and a German town counts once for each). */
  activitiesByYearAndCountry: { year: number; country: string; kind: PartnershipActivityKind; activities: number; participants: number }[];
  /** Towns that adapted another town's practice and later published one of their own, by when they did. */
  learnersBecameSources: { municipality: MunicipalitySummary; firstAdaptedOn: string; firstPublishedOn: string }[];
}
