import type { AdaptationStatus } from './adaptations';

export interface CountByKey {
  key: string;
  count: number;
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
}
