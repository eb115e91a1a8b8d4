import type { MunicipalitySummary } from './municipalities';
import type { TextVariants } from './vocabularies';

export const PARTNERSHIP_STATUSES = ['active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** A twinning between two municipalities (symmetric: the order of the pair means nothing). */
export interface Partnership {
  id: string;
  municipalities: [MunicipalitySummary, MunicipalitySummary];
  sinceYear: number;
  status: PartnershipStatus;
  programme: string | null;
  description: string;
  /** `description` in other interface languages, where one was written. */
  descriptionVariants: TextVariants;
}
