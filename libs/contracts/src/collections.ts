import type { CaseStudySummary } from './case-studies';
import type { Label } from './vocabularies';

/** A collection's texts, one per interface language: moderators write all three. */
export type CollectionTexts = Label;

export const COLLECTION_LIMITS = {
  titleMaxLength: 120,
  textMaxLength: 2_000,
  caseStudiesMax: 60,
  /** How many of its practices a collection shows off in a list (the home page's showcase). */
  showcaseSize: 3,
} as const;

/** POST /api/v1/collections and PATCH /api/v1/collections/{id} (PATCH may leave fields out). */
export interface CollectionInput {
  title: CollectionTexts;
  text: CollectionTexts;
  /** Shown on the home page. */
  featured: boolean;
  /** Published case studies, in the order the collection shows them. */
  caseStudyIds: string[];
}

/** GET /api/v1/collections: the collections, featured first, then the newest. */
export interface CollectionSummary {
  id: string;
  title: CollectionTexts;
  text: CollectionTexts;
  featured: boolean;
  /** How many of its practices the public can read now. */
  caseStudyCount: number;
  /** Its first practices the public can read, at most COLLECTION_LIMITS.showcaseSize. */
  showcase: CaseStudySummary[];
  updatedAt: string;
}

/** GET /api/v1/collections/{id}: with its practices in order; only published ones, an anonymous one without its town. */
export interface Collection extends CollectionSummary {
  caseStudies: CaseStudySummary[];
}

export const CollectionErrorCode = {
  NotFound: 'collection_not_found',
} as const;
