import type { AdaptationSummary } from './adaptations';
import type { CaseStudySummary } from './case-studies';
import type { MunicipalityKind } from './municipalities';
import type { PopulationBand } from './search';
import type { Theme } from './vocabularies';

/** How many entries each part of the feed holds at most. */
export const FEED_LIMIT = 10;

/** The staff home page (GET /api/v1/feed): what partner towns do, and practices of towns like yours. */
export interface StaffFeed {
  /** Published by the town's twinning partners, newest first (never an anonymous one). */
  partnerCaseStudies: CaseStudySummary[];
  /** Adaptations the partners are working on, the most recently updated first. */
  partnerAdaptations: AdaptationSummary[];
  townsLikeYours: {
    kind: MunicipalityKind;
    populationBand: PopulationBand;
    /** The themes of the town's own case studies and of the practices it adapts; empty when it has none yet (then any theme counts). */
    themes: Theme[];
    /** Published by other towns of the same kind and population band, on those themes, newest first. */
    caseStudies: CaseStudySummary[];
  };
}
