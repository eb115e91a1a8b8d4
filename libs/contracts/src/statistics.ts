import type { AdaptationStatus } from './adaptations';
import type { FailureCause } from './vocabularies';

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
}
